package uk.gov.hwb.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditInterceptorTest {

    @jakarta.persistence.Entity
    static class Thing {
        public Long getId() {
            return 42L;
        }
    }

    @Test
    void valuesReadAsUsersWouldWriteThem() {
        assertThat(AuditInterceptor.display(LocalDate.of(2024, 12, 10), false)).isEqualTo("2024-12-10");
        assertThat(AuditInterceptor.display(null, false)).isNull();
        assertThat(AuditInterceptor.display("secret", true)).isEqualTo("(hidden)");
        assertThat(AuditInterceptor.display(new byte[3], false)).isEqualTo("(3 bytes)");
    }

    @Test
    void associatedEntitiesAreLoggedByTypeAndId() {
        assertThat(AuditInterceptor.display(new Thing(), false)).isEqualTo("Thing#42");
    }

    @Test
    void longValuesAreCutToTheColumnSize() {
        assertThat(AuditInterceptor.display("x".repeat(5000), false)).hasSize(AuditInterceptor.MAX_VALUE_LENGTH);
    }
}

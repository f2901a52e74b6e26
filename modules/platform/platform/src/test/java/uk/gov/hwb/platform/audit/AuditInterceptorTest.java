package uk.gov.hwb.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    @Test
    void theSameInstantInAnotherOffsetIsNoChange() {
        assertThat(AuditInterceptor.sameValue(OffsetDateTime.parse("2027-04-14T17:00Z"), OffsetDateTime.parse("2027-04-14T18:00+01:00"))).isTrue();
        assertThat(AuditInterceptor.sameValue(OffsetDateTime.parse("2027-04-14T17:00Z"), OffsetDateTime.parse("2027-04-14T17:00+01:00"))).isFalse();
    }

    @Test
    void theSameAmountWithAnotherScaleIsNoChange() {
        assertThat(AuditInterceptor.sameValue(new BigDecimal("1.5"), new BigDecimal("1.50"))).isTrue();
        assertThat(AuditInterceptor.sameValue(new BigDecimal("1.5"), new BigDecimal("1.51"))).isFalse();
        assertThat(AuditInterceptor.sameValue("a", "b")).isFalse();
        assertThat(AuditInterceptor.sameValue(null, null)).isTrue();
    }
}

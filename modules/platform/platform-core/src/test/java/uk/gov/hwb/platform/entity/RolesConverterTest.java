package uk.gov.hwb.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.security.Role;

class RolesConverterTest {

    private final RolesConverter converter = new RolesConverter();

    @Test
    void storesRolesSortedSoTheAuditLogComparesLikeForLike() {
        assertThat(converter.convertToDatabaseColumn(EnumSet.of(Role.MEMBER, Role.ADMIN))).isEqualTo("ADMIN,MEMBER");
        assertThat(converter.convertToDatabaseColumn(EnumSet.noneOf(Role.class))).isEmpty();
    }

    @Test
    void readsBackWhatItStored() {
        assertThat(converter.convertToEntityAttribute("ADMIN,MEMBER")).containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER);
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }
}

package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.board.api.MembershipRole;
import uk.gov.hwb.platform.problem.FieldError;

class MembershipRulesTest {

    private static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 1);

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void anOrdinaryMembershipIsFine() {
        assertThat(MembershipRules.problems(MembershipRole.MEMBER, null, APRIL_2024, null, false, List.of())).isEmpty();
    }

    @Test
    void periodsRunForwards() {
        assertThat(fields(MembershipRules.problems(MembershipRole.MEMBER, null, APRIL_2024, APRIL_2024.minusDays(1), false, List.of())))
                .containsExactly("to");
    }

    @Test
    void deputiesNeedTheTermsOfReferenceAndSomeoneToDeputiseFor() {
        assertThat(fields(MembershipRules.problems(MembershipRole.DEPUTY, null, APRIL_2024, null, false, List.of())))
                .containsExactly("role", "deputyForId");
        assertThat(MembershipRules.problems(MembershipRole.DEPUTY, 7L, APRIL_2024, null, true, List.of())).isEmpty();
        assertThat(fields(MembershipRules.problems(MembershipRole.MEMBER, 7L, APRIL_2024, null, true, List.of())))
                .containsExactly("deputyForId");
    }

    @Test
    void oneChairAtATime() {
        var chair = new MembershipRules.Period(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 4, 30));
        assertThat(fields(MembershipRules.problems(MembershipRole.CHAIR, null, APRIL_2024, null, false, List.of(chair))))
                .containsExactly("role");
        assertThat(MembershipRules.problems(MembershipRole.CHAIR, null, LocalDate.of(2024, 5, 1), null, false, List.of(chair))).isEmpty();
    }
}

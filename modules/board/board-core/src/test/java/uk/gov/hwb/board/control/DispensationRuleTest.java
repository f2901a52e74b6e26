package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.board.api.DispensationScope;
import uk.gov.hwb.board.api.Participation;
import uk.gov.hwb.board.control.DispensationRule.Dispensation;

/** A disclosable pecuniary interest bars discussion and vote (Localism Act 2011, s.31(4)) unless a dispensation (s.33) allows. */
class DispensationRuleTest {

    private static final LocalDate MEETING = LocalDate.of(2024, 12, 10);

    @Test
    void withADisclosablePecuniaryInterestAMemberMayNotTakePartWithoutADispensation() {
        assertThat(DispensationRule.refusal(true, Participation.DISCUSSION_AND_VOTE, null, MEETING)).get().asString().contains("s.31(4)");
        assertThat(DispensationRule.refusal(true, Participation.DISCUSSION_ONLY, null, MEETING)).isPresent();
        assertThat(DispensationRule.refusal(true, Participation.WITHDREW, null, MEETING)).isEmpty();
        assertThat(DispensationRule.refusal(true, Participation.REMAINED_NO_PART, null, MEETING)).isEmpty();
        assertThat(DispensationRule.mayVote(true, null, MEETING)).isFalse();
    }

    @Test
    void otherInterestsAreForTheLocalCode() {
        assertThat(DispensationRule.refusal(false, Participation.DISCUSSION_AND_VOTE, null, MEETING)).isEmpty();
        assertThat(DispensationRule.mayVote(false, null, MEETING)).isTrue();
    }

    @Test
    void aDispensationAllowsWhatItsScopeSaysWhileInForce() {
        Dispensation discussion = new Dispensation(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 31), DispensationScope.DISCUSSION);
        assertThat(DispensationRule.refusal(true, Participation.DISCUSSION_ONLY, discussion, MEETING)).isEmpty();
        assertThat(DispensationRule.refusal(true, Participation.DISCUSSION_AND_VOTE, discussion, MEETING)).get().asString().contains("not to vote");
        Dispensation vote = new Dispensation(LocalDate.of(2024, 6, 1), null, DispensationScope.DISCUSSION_AND_VOTE);
        assertThat(DispensationRule.refusal(true, Participation.DISCUSSION_AND_VOTE, vote, MEETING)).isEmpty();
        assertThat(DispensationRule.mayVote(true, vote, MEETING)).isTrue();
    }

    @Test
    void aDispensationMustBeInForceOnTheDayAndLastAtMostFourYears() {
        assertThat(DispensationRule.refusal(true, Participation.DISCUSSION_ONLY,
                new Dispensation(LocalDate.of(2024, 12, 11), null, DispensationScope.DISCUSSION), MEETING)).get().asString().contains("after the meeting");
        assertThat(DispensationRule.refusal(true, Participation.DISCUSSION_ONLY,
                new Dispensation(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), DispensationScope.DISCUSSION), MEETING)).get().asString().contains("expired");
        assertThat(DispensationRule.refusal(true, Participation.DISCUSSION_ONLY,
                new Dispensation(LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 1), DispensationScope.DISCUSSION), MEETING)).get().asString().contains("s.33(3)");
        assertThat(DispensationRule.refusal(true, Participation.DISCUSSION_ONLY,
                new Dispensation(LocalDate.of(2020, 12, 9), null, DispensationScope.DISCUSSION), MEETING)).as("four years ended the day before").isPresent();
    }
}

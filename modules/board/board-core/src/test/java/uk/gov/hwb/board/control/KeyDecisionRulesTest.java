package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.board.api.KeyDecisionBasis;
import uk.gov.hwb.board.api.UrgencyAgreedBy;
import uk.gov.hwb.board.control.KeyDecisionRules.GeneralException;
import uk.gov.hwb.board.control.KeyDecisionRules.SpecialUrgency;

/**
 * Key decisions of the executive (2012 Regulations): 28 clear calendar days' notice on the forward
 * plan (reg 9), the general exception's 5 clear days (reg 10), special urgency (reg 11).
 */
class KeyDecisionRulesTest {

    private static final LocalDate CABINET = LocalDate.of(2025, 1, 14); // a Tuesday

    @Test
    void clearDaysCountNeitherTheDayOfNoticeNorTheDayOfDecision() {
        assertThat(ClearDays.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 3))).isEqualTo(1);
        assertThat(ClearDays.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2))).isZero();
        assertThat(ClearDays.between(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 1))).isZero();
        // Calendar days: weekends and bank holidays count (Christmas and New Year inside).
        assertThat(ClearDays.between(LocalDate.of(2024, 12, 16), CABINET)).isEqualTo(28);
    }

    @Test
    void twentyEightClearCalendarDaysOfNoticeAreNeeded() {
        LocalDate lastGoodNotice = LocalDate.of(2024, 12, 16); // 17 Dec .. 13 Jan = 28 days between
        assertThat(KeyDecisionRules.noticeGiven(lastGoodNotice, CABINET)).isTrue();
        assertThat(KeyDecisionRules.noticeGiven(lastGoodNotice.plusDays(1), CABINET)).as("27 clear days").isFalse();
        assertThat(KeyDecisionRules.earliestDecision(lastGoodNotice)).isEqualTo(CABINET);
        assertThat(KeyDecisionRules.noticeGiven(null, CABINET)).isFalse();

        var assessment = KeyDecisionRules.assess(CABINET, lastGoodNotice, null, null);
        assertThat(assessment.basis()).isEqualTo(KeyDecisionBasis.FORWARD_PLAN_NOTICE);
        assertThat(assessment.explanation()).contains("28 clear days");
    }

    @Test
    void theGeneralExceptionNeedsThePublicNoticeFiveClearDaysBeforeAndTheScrutinyChairInformed() {
        LocalDate notice = LocalDate.of(2025, 1, 8); // 9..13 Jan: 5 clear days
        assertThat(KeyDecisionRules.generalExceptionMet(new GeneralException(notice, notice), CABINET)).isTrue();
        assertThat(KeyDecisionRules.generalExceptionMet(new GeneralException(notice, notice.plusDays(1)), CABINET)).as("4 clear days").isFalse();
        assertThat(KeyDecisionRules.generalExceptionMet(new GeneralException(CABINET, notice), CABINET))
                .as("the scrutiny chair told only on the day").isFalse();
        assertThat(KeyDecisionRules.generalExceptionMet(new GeneralException(null, notice), CABINET)).isFalse();

        var assessment = KeyDecisionRules.assess(CABINET, LocalDate.of(2025, 1, 2), new GeneralException(notice, notice), null);
        assertThat(assessment.basis()).isEqualTo(KeyDecisionBasis.GENERAL_EXCEPTION);
    }

    @Test
    void specialUrgencyNeedsAgreementOnOrBeforeTheDay() {
        assertThat(KeyDecisionRules.specialUrgencyMet(new SpecialUrgency(UrgencyAgreedBy.SCRUTINY_CHAIR, CABINET), CABINET)).isTrue();
        assertThat(KeyDecisionRules.specialUrgencyMet(new SpecialUrgency(UrgencyAgreedBy.CHAIR_OF_COUNCIL, CABINET.plusDays(1)), CABINET)).isFalse();
        assertThat(KeyDecisionRules.specialUrgencyMet(new SpecialUrgency(null, CABINET), CABINET)).isFalse();
        assertThat(KeyDecisionRules.assess(CABINET, null, null, new SpecialUrgency(UrgencyAgreedBy.VICE_CHAIR_OF_COUNCIL, CABINET.minusDays(1)))
                .basis()).isEqualTo(KeyDecisionBasis.SPECIAL_URGENCY);
    }

    @Test
    void withoutNoticeOrExceptionNothingAllowsTheDecisionAndTheReasonSaysWhatWasNeeded() {
        var none = KeyDecisionRules.assess(CABINET, null, null, null);
        assertThat(none.allowed()).isFalse();
        assertThat(none.explanation()).contains("published by 16 December 2024").contains("general exception").contains("special urgency");
        var late = KeyDecisionRules.assess(CABINET, LocalDate.of(2025, 1, 1), null, null);
        assertThat(late.allowed()).isFalse();
        assertThat(late.explanation()).contains("only 12 clear days").contains("earliest date it allows is 30 January 2025");
    }
}

package uk.gov.hwb.bcf.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The return's due date and countdown: seed 002's Q2 2023-24 return was due on 31 October 2023. */
class ReturnRulesTest {

    private static final LocalDate DUE = LocalDate.of(2023, 10, 31);

    @Test
    void aQuarterIsDueAtTheEndOfTheFollowingMonth() {
        assertThat(ReturnRules.defaultDue(2023, 2)).isEqualTo(DUE);
        assertThat(ReturnRules.defaultDue(2023, 1)).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(ReturnRules.defaultDue(2023, 3)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(ReturnRules.defaultDue(2023, 4)).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void theCountdownAndTheWarning() {
        assertThat(ReturnRules.dueSentence(DUE, LocalDate.of(2023, 10, 19), null)).isEqualTo("Due in 12 days, on 31 October 2023.");
        assertThat(ReturnRules.dueSentence(DUE, LocalDate.of(2023, 10, 30), null)).isEqualTo("Due tomorrow, 31 October 2023.");
        assertThat(ReturnRules.dueSentence(DUE, DUE, null)).isEqualTo("Due today, 31 October 2023.");
        assertThat(ReturnRules.dueSentence(DUE, LocalDate.of(2023, 11, 3), null))
                .isEqualTo("Overdue by 3 days: it was due on 31 October 2023 and has not been submitted.");
        assertThat(ReturnRules.overdue(DUE, LocalDate.of(2023, 11, 1), null)).isTrue();
        assertThat(ReturnRules.overdue(DUE, DUE, null)).as("due today is not yet overdue").isFalse();
        assertThat(ReturnRules.daysLeft(DUE, LocalDate.of(2023, 10, 19))).isEqualTo(12);
    }

    @Test
    void aSubmittedReturnIsNeverOverdueAndSaysWhenItWent() {
        assertThat(ReturnRules.overdue(DUE, LocalDate.of(2024, 12, 10), LocalDate.of(2023, 10, 31))).isFalse();
        assertThat(ReturnRules.dueSentence(DUE, LocalDate.of(2024, 12, 10), DUE)).isEqualTo("Submitted on 31 October 2023, on the day it was due.");
        assertThat(ReturnRules.dueSentence(DUE, LocalDate.of(2024, 12, 10), LocalDate.of(2023, 10, 30)))
                .isEqualTo("Submitted on 30 October 2023, 1 day before it was due.");
        assertThat(ReturnRules.dueSentence(DUE, LocalDate.of(2024, 12, 10), LocalDate.of(2023, 11, 2)))
                .isEqualTo("Submitted on 2 November 2023, 2 days after it was due (31 October 2023).");
    }
}

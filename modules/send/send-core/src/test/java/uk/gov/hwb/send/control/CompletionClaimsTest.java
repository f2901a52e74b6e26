package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.send.api.ActionDto;
import uk.gov.hwb.send.api.MilestoneDto;

/** Seed 002's JSNA drift: the report says "completed", the plan does not. */
class CompletionClaimsTest {

    private static final String REPORT = "<p>Work is progressing across the Mid and South Essex Business Intelligence team.</p>"
            + "<p>Improved data is being provided through publicly available systems and the co-produced Joint Strategic Needs"
            + " Assessment (JSNA) has now been completed.</p>";

    private static ActionDto jsna(ProgressStatus status) {
        return new ActionDto(41, 4, 4, "4.1", "Complete the SEND Joint Strategic Needs Assessment (JSNA)", null, null, null, null, null, status,
                status.label(), List.of(new MilestoneDto(1, 2, "Year 2 (to July 2025)", "JSNA completed and published", LocalDate.of(2025, 3, 31), null,
                true, "Overdue since 31 March 2025")), List.of(), 1, 0);
    }

    @Test
    void aReportThatCallsTheJsnaCompletedWhileItsActionIsNotIsContradicted() {
        assertThat(CompletionClaims.contradictions(REPORT, List.of(jsna(ProgressStatus.ON_COURSE)))).containsExactly(
                "The report says \"Improved data is being provided through publicly available systems and the co-produced Joint Strategic Needs"
                        + " Assessment (JSNA) has now been completed.\", but action 4.1 \"Complete the SEND Joint Strategic Needs Assessment (JSNA)\""
                        + " is On course, with \"JSNA completed and published\" not done (overdue since 31 March 2025).");
    }

    @Test
    void aCompleteActionOrAReportThatDoesNotClaimItIsFine() {
        assertThat(CompletionClaims.contradictions(REPORT, List.of(jsna(ProgressStatus.COMPLETE)))).isEmpty();
        assertThat(CompletionClaims.contradictions("<p>The JSNA is underway.</p>", List.of(jsna(ProgressStatus.ON_COURSE)))).isEmpty();
        assertThat(CompletionClaims.contradictions("<p>The JSNA is not yet complete.</p>", List.of(jsna(ProgressStatus.ON_COURSE)))).isEmpty();
        assertThat(CompletionClaims.contradictions(null, List.of(jsna(ProgressStatus.ON_COURSE)))).isEmpty();
    }
}

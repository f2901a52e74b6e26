package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.send.api.InspectionOutcome;

/**
 * The next inspection window per outcome (seed 002, item 7, paragraph 3.2; the 2023 framework), with
 * the seed's inspection: Southend, 6–10 March 2023, report published on Friday 9 June 2023, outcome 2.
 */
class NextInspectionTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 9);
    private final NextInspection.Settings framework = NextInspection.Settings.framework2023();

    @Test
    void outcomeTwoMeansAFullInspectionWithinAboutThreeYears() {
        NextInspection.Window window = NextInspection.window(InspectionOutcome.INCONSISTENT, PUBLISHED, framework);
        assertThat(window.fullBy()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(window.monitoringBy()).isNull();
        assertThat(window.sentence()).isEqualTo("Full inspection expected by 9 June 2026 (within about 3 years of publication).");
    }

    @Test
    void outcomeOneMeansWithinAboutFiveYears() {
        NextInspection.Window window = NextInspection.window(InspectionOutcome.POSITIVE, PUBLISHED, framework);
        assertThat(window.fullBy()).isEqualTo(LocalDate.of(2028, 6, 9));
        assertThat(window.sentence()).contains("within about 5 years");
    }

    @Test
    void outcomeThreeAddsAPriorityActionPlanAndAMonitoringInspectionAtAboutEighteenMonths() {
        NextInspection.Window window = NextInspection.window(InspectionOutcome.SIGNIFICANT_CONCERNS, PUBLISHED, framework);
        assertThat(window.monitoringBy()).isEqualTo(LocalDate.of(2024, 12, 9));
        assertThat(window.fullBy()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(window.sentence()).isEqualTo("Priority action plan required; monitoring inspection expected by 9 December 2024"
                + " (about 18 months after publication); full inspection expected by 9 June 2026 (within about 3 years of publication).");
    }

    @Test
    void theActionPlanIsDueThirtyDaysAfterPublicationWhateverTheOutcome() {
        for (InspectionOutcome outcome : InspectionOutcome.values()) {
            assertThat(NextInspection.window(outcome, PUBLISHED, framework).actionPlanDue()).isEqualTo(LocalDate.of(2023, 7, 9));
        }
    }

    @Test
    void theIntervalsAreSettings() {
        NextInspection.Settings shorter = new NextInspection.Settings(Map.of(InspectionOutcome.POSITIVE, Period.ofYears(4),
                InspectionOutcome.INCONSISTENT, Period.ofMonths(30), InspectionOutcome.SIGNIFICANT_CONCERNS, Period.ofYears(2)), Map.of(), 20);
        NextInspection.Window window = NextInspection.window(InspectionOutcome.INCONSISTENT, PUBLISHED, shorter);
        assertThat(window.fullBy()).isEqualTo(LocalDate.of(2025, 12, 9));
        assertThat(window.sentence()).contains("within about 2 years and 6 months");
        assertThat(window.actionPlanDue()).isEqualTo(LocalDate.of(2023, 6, 29));
    }

    @Test
    void nothingIsKnownBeforeTheReportIsPublished() {
        NextInspection.Window window = NextInspection.window(InspectionOutcome.INCONSISTENT, null, framework);
        assertThat(window.fullBy()).isNull();
        assertThat(window.actionPlanDue()).isNull();
        assertThat(window.sentence()).isEqualTo("Not known until the inspection report is published.");
    }

    @Test
    void theOutcomesReadInTheFrameworksWords() {
        assertThat(InspectionOutcome.INCONSISTENT.label()).isEqualTo("The local area partnership's arrangements lead to inconsistent"
                + " experiences and outcomes for children and young people with SEND.");
        assertThat(InspectionOutcome.SIGNIFICANT_CONCERNS.number()).isEqualTo(3);
    }
}

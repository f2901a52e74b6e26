package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.period.ReportingPeriod;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.send.api.MilestoneInput;

/**
 * The action plan's rules. The seed's plan was due 30 days after the report of 9 June 2023, and its
 * SEF speaks of "the year 2 milestones (to July 2025)".
 */
class ActionRulesTest {

    private final PlanYears years = new PlanYears(LocalDate.of(2023, 7, 9));
    private final LocalDate today = LocalDate.of(2024, 12, 10);

    @Test
    void planYearsRunFromTheActionPlansDueDate() {
        assertThat(years.label(1)).isEqualTo("Year 1 (to July 2024)");
        assertThat(years.label(2)).isEqualTo("Year 2 (to July 2025)");
        assertThat(years.end(2)).isEqualTo(LocalDate.of(2025, 7, 9));
        assertThat(new PlanYears(null).label(2)).isEqualTo("Year 2");
    }

    @Test
    void aMilestoneIsDueAtTheEndOfItsYearUnlessDatedWithinIt() {
        List<FieldError> errors = new ArrayList<>();
        List<ActionRules.CheckedMilestone> checked = ActionRules.milestones(List.of(
                new MilestoneInput(null, 2, "Dashboard live", null, null),
                new MilestoneInput(null, 1, "Dashboard designed", LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 1))), years, today, errors);
        assertThat(errors).isEmpty();
        assertThat(checked).extracting(ActionRules.CheckedMilestone::dueOn).containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2025, 7, 9));

        ActionRules.milestones(List.of(new MilestoneInput(null, 1, "Late", LocalDate.of(2025, 1, 1), null),
                new MilestoneInput(null, null, " ", null, LocalDate.of(2030, 1, 1))), years, today, errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("milestones[0].dueOn", "milestones[1].planYear",
                "milestones[1].description", "milestones[1].completedOn");
        assertThat(errors.get(0).message()).isEqualTo("must fall within year 1 (to july 2024), from 9 July 2023 to 9 July 2024");
    }

    @Test
    void aMilestonePastItsDateAndNotDoneIsOverdue() {
        assertThat(ActionRules.overdue(LocalDate.of(2024, 7, 9), null, today)).isTrue();
        assertThat(ActionRules.overdue(LocalDate.of(2024, 7, 9), LocalDate.of(2024, 7, 1), today)).isFalse();
        assertThat(ActionRules.overdue(today, null, today)).as("due today is not overdue yet").isFalse();
        assertThat(ActionRules.state(LocalDate.of(2024, 7, 9), null, today)).isEqualTo("Overdue since 9 July 2024");
    }

    @Test
    void slippingOrAtRiskNeedsANoteSayingWhatIsBeingDone() {
        assertThat(ActionRules.statusNeedsNote(ProgressStatus.ON_COURSE, ProgressStatus.AT_RISK, false).field()).isEqualTo("note");
        assertThat(ActionRules.statusNeedsNote(ProgressStatus.ON_COURSE, ProgressStatus.AT_RISK, true)).isNull();
        assertThat(ActionRules.statusNeedsNote(ProgressStatus.AT_RISK, ProgressStatus.AT_RISK, false)).as("unchanged").isNull();
        assertThat(ActionRules.statusNeedsNote(ProgressStatus.ON_COURSE, ProgressStatus.COMPLETE, false)).isNull();
    }

    @Test
    void notesAreForAQuarterOfTheFinancialYear() {
        assertThat(ActionRules.quarter("Q2 2024/25")).isEqualTo(ReportingPeriod.quarter(new FinancialYear(2024), 2));
        assertThat(ActionRules.quarter("2024-25 q3")).isEqualTo(ReportingPeriod.quarter(new FinancialYear(2024), 3));
        assertThatThrownBy(() -> ActionRules.quarter("autumn")).hasMessageContaining("Q2 2024/25");
        assertThatThrownBy(() -> ActionRules.quarter("Q5 2024/25")).isInstanceOf(IllegalArgumentException.class);
    }
}

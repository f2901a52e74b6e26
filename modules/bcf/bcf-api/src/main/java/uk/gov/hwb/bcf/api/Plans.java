package uk.gov.hwb.bcf.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Better Care Fund plans: the Section 75 agreement, the plan years, income by funding source, the
 * funding table, the ring-fenced minimums and capacity and demand. Any signed-in user reads; finance
 * officers (and administrators) change figures. Years are named like {@code 2023-24}.
 */
public interface Plans {

    List<PlanDto> plans();

    PlanDto plan(long id);

    PlanDto create(@NotNull @Valid NewPlan plan, Viewer viewer);

    /** Records the Section 75 agreement; a plan is agreed only once both parties have signed. */
    PlanDto recordAgreement(long id, @NotNull @Valid AgreementChanges agreement, Viewer viewer);

    /** The year's funding table, computed from the stored income and scheme lines. */
    FundingTableDto funding(long planId, String year);

    /** Sets the year's income by source; income below what the source's schemes already plan to spend is refused. */
    FundingTableDto setIncome(long planId, String year, @NotNull @Valid IncomeChanges income, Viewer viewer);

    FundingTableDto setMinimums(long planId, String year, @NotNull @Valid Minimums minimums, Viewer viewer);

    CapacityDto capacity(long planId, String year);

    CapacityDto setCapacity(long planId, String year, @NotNull @Valid CapacityChanges capacity, Viewer viewer);
}

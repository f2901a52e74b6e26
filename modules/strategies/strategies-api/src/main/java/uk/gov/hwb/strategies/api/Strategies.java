package uk.gov.hwb.strategies.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Strategies and their plans: priorities (ambitions), actions and sub-actions with codes checked,
 * reporting periods, the year-ahead focus of each priority, and the plan as an XLSX sheet in and out.
 *
 * <p>Any signed-in user reads. Strategy leads create strategies; a strategy is edited by its lead
 * (a user whose person is the strategy's lead person, or any strategy lead while it has none) and
 * by administrators. Refusals: 403 for who may not, 400 naming the field for rule breaks, 409 for
 * a stale version.
 */
public interface Strategies {

    Page<StrategyDto> strategies(String nameContains, PageRequest page);

    /** One strategy with its plan and periods. */
    StrategyDto strategy(long id);

    Optional<StrategyDto> strategyNamed(String name);

    StrategyDto create(@NotNull @Valid NewStrategy strategy, Viewer viewer);

    StrategyDto change(long id, @NotNull @Valid StrategyChanges changes, Viewer viewer);

    PriorityDto addPriority(long strategyId, @NotNull @Valid NewPriority priority, Viewer viewer);

    PriorityDto changePriority(long strategyId, long priorityId, @NotNull @Valid PriorityChanges changes, Viewer viewer);

    ActionDto addAction(long strategyId, @NotNull @Valid NewAction action, Viewer viewer);

    ActionDto changeAction(long actionId, @NotNull @Valid ActionChanges changes, Viewer viewer);

    ActionDto action(long actionId);

    /** The strategy's periods, oldest update date first. */
    List<PeriodDto> periods(long strategyId);

    PeriodDto period(long strategyId, long periodId);

    PeriodDto addPeriod(long strategyId, @NotNull @Valid NewPeriod period, Viewer viewer);

    /** Closes the period and freezes its summary as reported; later changes are corrections. */
    PeriodDto closePeriod(long strategyId, long periodId, @NotNull @Valid PeriodClosing closing, Viewer viewer);

    /** Writes a priority's focus for the year after {@code year} ("2023-24"), as the annual report prints it. */
    FocusDto setFocus(long strategyId, long priorityId,
                      @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a financial year like 2023-24") String year,
                      @NotNull @Valid FocusText focus, Viewer viewer);

    /**
     * Imports an action plan from XLSX (columns code, title, lead, what we measure, target date;
     * optionally priority, period, status, commentary, mitigation, key impact): every bad row is
     * refused with its row number and reason, and nothing is stored unless every row is good.
     * Status columns are recorded for the row's period, or {@code periodId} when the sheet has none.
     */
    ImportResultDto importPlan(long strategyId, InputStream sheet, Long periodId, Viewer viewer);

    /** The plan with each action's latest status, as XLSX (the import's columns, so it can go back in). */
    byte[] exportPlan(long strategyId);

    /** Whether there is a strategy with this id (never throws: for other modules checking a reference inside their own transaction). */
    boolean exists(long strategyId);

    /** Whether the strategy has a period with this id (never throws, as {@link #exists}). */
    boolean hasPeriod(long strategyId, long periodId);

    /** Whether the viewer may edit the strategy's plan and periods. */
    boolean canEdit(long strategyId, Viewer viewer);
}

package uk.gov.hwb.strategies.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Leads' status updates: one per action (a leaf: an action without sub-actions, or a sub-action)
 * per period. The action's lead (a user linked to the lead person, or to the lead of its parent
 * action) updates it, as do the strategy's lead and administrators; everyone else gets 403. Every
 * change is audited; once the period is closed a change is a correction with a reason.
 */
public interface StatusUpdates {

    UpdateDto record(long actionId, long periodId, @NotNull @Valid StatusUpdate update, Viewer viewer);

    Optional<UpdateDto> update(long actionId, long periodId);

    /** Every update (drafts included) of a strategy's period, in code order. */
    List<UpdateDto> updates(long strategyId, long periodId);

    List<CorrectionDto> corrections(long strategyId, long periodId);

    /** What the viewer owes: their actions in open periods without a submitted update, overdue first. */
    List<UpdateDueDto> dueFor(Viewer viewer);

    /** The actions of the strategy the viewer may update (all leaves for its lead and administrators). */
    List<Long> updatableActions(long strategyId, Viewer viewer);
}

package uk.gov.hwb.send.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/** The strategic action plan: actions per recommendation, with milestones by plan year, status and progress notes. */
public interface Actions {

    /** A recommendation's actions, by code. */
    List<ActionDto> actions(long recommendationId, Viewer viewer);

    /** Every action of the plan, by recommendation and code (for linking SEF entries and for the overdue list). */
    List<ActionDto> plan(Viewer viewer);

    ActionDto action(long id, Viewer viewer);

    ActionDto add(long recommendationId, @NotNull @Valid NewAction action, Viewer viewer);

    ActionDto update(long id, @NotNull @Valid ActionChanges changes, Viewer viewer);
}

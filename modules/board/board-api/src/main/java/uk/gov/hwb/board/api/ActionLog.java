package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Actions arising from meetings: what, who owns it, by when, and where it stands. A meeting's
 * action log is the actions raised at it and those raised at earlier meetings of the same body
 * still open on its day, carried forward until done or withdrawn. Public to read (an action on a
 * confidential item shows its exemption only); democratic services keep it.
 */
public interface ActionLog {

    /** The meeting's action log: carried-forward actions first, then those raised at the meeting. */
    List<ActionLogEntryDto> actions(long meetingId, Viewer viewer);

    /** Adds an action raised at the meeting. */
    ActionLogEntryDto add(long meetingId, @NotNull @Valid NewActionLogEntry action, Viewer viewer);

    /** Changes an action in the meeting's log (its status, owner, due date, progress note). */
    ActionLogEntryDto update(long meetingId, long actionId, @NotNull @Valid ActionLogChanges changes, Viewer viewer);
}

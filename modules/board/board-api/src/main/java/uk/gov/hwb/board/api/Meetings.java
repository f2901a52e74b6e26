package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/** Meetings of the bodies, their publication deadlines and their agendas. */
public interface Meetings {

    /**
     * Meetings by start, optionally of one body and between two dates (inclusive). Drafts are
     * not yet announced: only officers ask for them.
     */
    Page<MeetingDto> meetings(Long bodyId, LocalDate from, LocalDate to, boolean includeDrafts, PageRequest page);

    MeetingDto meeting(long id);

    MeetingDto add(@NotNull @Valid MeetingDto meeting);

    /** Changes the meeting; a status change must follow {@link MeetingStatus#next()} and a cancellation needs a reason. */
    MeetingDto update(long id, MeetingDto meeting);

    DeadlineDto deadline(long meetingId);

    /** The agenda in order, numbered from 1. */
    List<AgendaItemDto> items(long meetingId);

    AgendaItemDto addItem(long meetingId, AgendaItemDto item);

    /** Changes an item; a different {@code number} moves it there and renumbers the rest. */
    AgendaItemDto updateItem(long meetingId, long itemId, AgendaItemDto item);

    void removeItem(long meetingId, long itemId);

    /** Puts the agenda in the given order (every item exactly once) and renumbers it. */
    List<AgendaItemDto> reorder(long meetingId, List<Long> itemIds);

    /**
     * The meeting's state as the viewer may see it: phase, deadline and what it means now, versions,
     * packs and what the viewer may do next, all from the same facts. A draft is not found for
     * anyone but democratic services.
     */
    MeetingStateDto state(long meetingId, @NotNull Viewer viewer);

    /** The phase of each of these meetings (unknown ids are left out), for lists of meetings. */
    Map<Long, MeetingPhase> phases(@NotNull Collection<Long> meetingIds);
}

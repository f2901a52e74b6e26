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
     * Meetings by start, optionally of one body and between two dates (inclusive). Drafts are not
     * announced yet: they are listed for democratic services and report authors only (public pages
     * ask as {@link Viewer#anonymous()}, so they list what the public sees).
     */
    Page<MeetingDto> meetings(Long bodyId, LocalDate from, LocalDate to, @NotNull Viewer viewer, PageRequest page);

    /** One meeting; a draft is not found for anyone but democratic services and report authors. */
    MeetingDto meeting(long id, @NotNull Viewer viewer);

    /** Arranges a meeting (a draft): democratic services only. */
    MeetingDto add(@NotNull @Valid MeetingInput meeting, @NotNull Viewer viewer);

    /**
     * Changes the meeting (democratic services only); a status change must follow
     * {@link MeetingStatus#next()} and a cancellation needs a reason.
     */
    MeetingDto update(long id, @NotNull @Valid MeetingInput meeting, @NotNull Viewer viewer);

    /** The publication deadline of a meeting the viewer may see. */
    DeadlineDto deadline(long meetingId, @NotNull Viewer viewer);

    /**
     * The agenda in order, numbered from 1, of a meeting the viewer may see; the reason a
     * confidential item is urgent stays with democratic services.
     */
    List<AgendaItemDto> items(long meetingId, @NotNull Viewer viewer);

    /** Adds an item: democratic services only. */
    AgendaItemDto addItem(long meetingId, @NotNull @Valid AgendaItemInput item, @NotNull Viewer viewer);

    /** Changes an item (democratic services only); a different {@code number} moves it there and renumbers the rest. */
    AgendaItemDto updateItem(long meetingId, long itemId, @NotNull @Valid AgendaItemInput item, @NotNull Viewer viewer);

    /** Removes an item and renumbers the rest: democratic services only. */
    void removeItem(long meetingId, long itemId, @NotNull Viewer viewer);

    /** Puts the agenda in the given order (every item exactly once) and renumbers it: democratic services only. */
    List<AgendaItemDto> reorder(long meetingId, List<Long> itemIds, @NotNull Viewer viewer);

    /**
     * The meeting's state as the viewer may see it: phase, deadline and what it means now, versions,
     * packs and what the viewer may do next, all from the same facts. A draft is not found for
     * anyone but democratic services and report authors.
     */
    MeetingStateDto state(long meetingId, @NotNull Viewer viewer);

    /** The phase of each of these meetings (unknown ids are left out), for lists of meetings. */
    Map<Long, MeetingPhase> phases(@NotNull Collection<Long> meetingIds);
}

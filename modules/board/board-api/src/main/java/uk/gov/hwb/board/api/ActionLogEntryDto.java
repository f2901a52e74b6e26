package uk.gov.hwb.board.api;

import java.time.LocalDate;

/**
 * An action in a meeting's log. {@code carriedForward} when raised at an earlier meeting;
 * {@code overdue} when open past its due date; {@code description} null and {@code withheld}
 * true when it concerns a confidential item the viewer may not see.
 */
public record ActionLogEntryDto(long id, long raisedAtMeetingId, LocalDate raisedOn, Long itemId, Integer itemNumber, String itemTitle,
                                String description, boolean withheld, Long ownerPersonId, String owner, LocalDate dueDate, ActionStatus status,
                                String note, LocalDate closedOn, boolean carriedForward, boolean overdue, long version) {
}

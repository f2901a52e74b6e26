package uk.gov.hwb.board.api;

import jakarta.validation.constraints.NotNull;

/** The later meeting of the same body at which the minutes are confirmed as a correct record. */
public record ApproveMinutes(@NotNull(message = "is required: the later meeting that approves the minutes") Long atMeetingId) {
}

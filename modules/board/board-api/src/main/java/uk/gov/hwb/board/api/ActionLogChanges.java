package uk.gov.hwb.board.api;

import uk.gov.hwb.platform.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Changes an action: its wording, owner, due date, status and a progress note; {@code version} as read. */
public record ActionLogChanges(
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String description,
        Long ownerPersonId,
        @Size(max = 200, message = "must be at most 200 characters") @SingleLine String ownerName,
        LocalDate dueDate,
        @NotNull(message = "is required: OPEN, IN_PROGRESS, DONE or WITHDRAWN") ActionStatus status,
        @Size(max = 2000, message = "must be at most 2000 characters") String note,
        @NotNull(message = "send back the version you read") Long version) {
}

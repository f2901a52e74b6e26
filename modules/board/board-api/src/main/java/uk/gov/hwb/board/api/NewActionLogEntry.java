package uk.gov.hwb.board.api;

import uk.gov.hwb.platform.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An action arising: on which item (optional), what, whose (a person, or a name such as a team), and by when. */
public record NewActionLogEntry(
        Long itemId,
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String description,
        Long ownerPersonId,
        @Size(max = 200, message = "must be at most 200 characters") @SingleLine String ownerName,
        LocalDate dueDate) {
}

package uk.gov.hwb.board.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * A meeting to arrange, or a meeting's new details. {@code start} carries its offset. A new meeting
 * starts as a draft ({@code status} empty or Draft); a change of status follows
 * {@link MeetingStatus#next()} and a cancellation needs its reason. {@code version} is the one read,
 * when changing.
 */
public record MeetingInput(
        @NotNull Long bodyId,
        @NotNull OffsetDateTime start,
        @NotBlank @Size(max = 300) @SingleLine String venue,
        Long contactOfficerId,
        MeetingStatus status,
        @Size(max = 1000) String cancellationReason,
        long version) {
}

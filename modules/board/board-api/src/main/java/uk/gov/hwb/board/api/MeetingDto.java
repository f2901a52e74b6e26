package uk.gov.hwb.board.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * A meeting of a body. {@code start} is given with its offset and returned in Europe/London time.
 * Names are filled on the way out; on the way in only ids count. {@code status} defaults to Draft.
 */
public record MeetingDto(
        Long id,
        @NotNull Long bodyId,
        String bodyName,
        @NotNull OffsetDateTime start,
        @NotBlank @Size(max = 300) @SingleLine String venue,
        Long contactOfficerId,
        String contactOfficerName,
        MeetingStatus status,
        @Size(max = 1000) String cancellationReason,
        long version) {
}

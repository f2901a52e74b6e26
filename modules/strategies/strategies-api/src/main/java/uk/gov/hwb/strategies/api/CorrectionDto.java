package uk.gov.hwb.strategies.api;

import java.time.OffsetDateTime;
import uk.gov.hwb.platform.progress.ProgressStatus;

/** A change made to an update after its period closed: what the status was and became, why, who and when. */
public record CorrectionDto(
        long id,
        long actionId,
        String actionCode,
        long periodId,
        ProgressStatus before,
        ProgressStatus after,
        String reason,
        String correctedBy,
        OffsetDateTime correctedAt) {
}

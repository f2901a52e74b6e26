package uk.gov.hwb.strategies.api;

import java.time.OffsetDateTime;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * One action's status update for one period, as stored: a {@code draft} is the lead's and is not
 * counted; {@code correctionReason} is the reason of the latest correction made after the period closed.
 */
public record UpdateDto(
        long id,
        long actionId,
        String actionCode,
        String actionTitle,
        long periodId,
        String periodName,
        ProgressStatus status,
        String commentary,
        String mitigation,
        boolean keyImpact,
        boolean draft,
        String updatedBy,
        OffsetDateTime updatedAt,
        String correctionReason,
        long version) {
}

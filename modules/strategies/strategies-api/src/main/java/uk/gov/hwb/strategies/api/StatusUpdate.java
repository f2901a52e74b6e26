package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.Size;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * A lead's update of one action for one period. {@code status} is one of the strategy's statuses;
 * Some slippage and At risk need {@code mitigation} ("what are we doing to address this").
 * {@code keyImpact} flags the commentary as an impact story. A {@code draft} is kept for the lead
 * and not counted until submitted. {@code version} is required when the update exists already (send
 * the one you read); a change in a closed period is a correction and needs {@code correctionReason}.
 */
public record StatusUpdate(
        ProgressStatus status,
        @Size(max = 8000) String commentary,
        @Size(max = 8000) String mitigation,
        Boolean keyImpact,
        Boolean draft,
        @Size(max = 2000) String correctionReason,
        Long version) {

    public boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    public boolean isKeyImpact() {
        return Boolean.TRUE.equals(keyImpact);
    }
}

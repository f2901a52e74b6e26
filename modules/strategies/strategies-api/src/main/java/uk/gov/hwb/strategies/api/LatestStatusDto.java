package uk.gov.hwb.strategies.api;

import uk.gov.hwb.platform.progress.ProgressStatus;

/** An action's most recent submitted status and the period it was given for. */
public record LatestStatusDto(ProgressStatus status, long periodId, String periodName) {

    public String label() {
        return status.label();
    }
}

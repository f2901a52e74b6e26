package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Closing a period once its summary has gone to the board: the summary is frozen as reported, and
 * later changes are corrections with a reason. {@code note} says where it went ("HWB 10 Dec 2024").
 */
public record PeriodClosing(
        @Size(max = 500) String note,
        @NotNull Long version) {
}

package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A quarter's figure as reported (null: no data, never zero) and the commentary on it. {@code version}
 * (optional) is the quarter's as read (0 for a quarter not yet recorded): a stale one is refused (409).
 */
public record MetricValueEntry(
        @PositiveOrZero @Digits(integer = 10, fraction = 4) BigDecimal value,
        @Size(max = 4000) String commentary,
        Long version) {
}

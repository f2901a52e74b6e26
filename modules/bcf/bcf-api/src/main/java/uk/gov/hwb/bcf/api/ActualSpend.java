package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A quarter's actual spend on a scheme (null clears it) and, optionally, the forecast outturn for the
 * year as it stands now (null keeps the forecast); {@code version} is the scheme's as read.
 */
public record ActualSpend(
        @PositiveOrZero(message = "must be zero or more pounds")
        @Digits(integer = 13, fraction = 2, message = "must be pounds with at most two decimal places") BigDecimal actual,
        @PositiveOrZero(message = "must be zero or more pounds")
        @Digits(integer = 13, fraction = 2, message = "must be pounds with at most two decimal places") BigDecimal forecast,
        long version) {
}

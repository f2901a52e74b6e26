package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** A year's income from one funding source (named as in {@link FundingSource#label()}), in pounds to the penny. */
public record IncomeLine(
        @NotBlank String source,
        @NotNull @PositiveOrZero(message = "must be zero or more pounds")
        @Digits(integer = 13, fraction = 2, message = "must be pounds with at most two decimal places") BigDecimal amount) {
}

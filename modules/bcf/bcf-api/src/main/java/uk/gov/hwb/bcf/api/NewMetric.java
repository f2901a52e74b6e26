package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A national metric of a plan: its unit (PERCENT, RATE_PER_100K or COUNT), polarity (HIGHER_IS_BETTER
 * or LOWER_IS_BETTER), basis (AS_IS, or ANNUAL_PROJECTION for quarterly parts of an annual figure) and
 * a target per plan year, e.g. {@code {"2023-24": 80.0}}.
 */
public record NewMetric(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String unit,
        @NotBlank String polarity,
        @NotBlank String basis,
        Map<@NotBlank String, @NotNull @Digits(integer = 10, fraction = 4) BigDecimal> targets) {
}

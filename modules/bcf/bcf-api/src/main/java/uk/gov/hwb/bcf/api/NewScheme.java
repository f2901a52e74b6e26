package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A line of the expenditure plan: scheme id (as the plan numbers it, e.g. "3a") and name, the year,
 * the funding source (by its label), the national scheme type and area of spend (text; the national
 * lists are offered on screen), the commissioner, the provider and the planned amount in pounds.
 */
public record NewScheme(
        @Size(max = 20) String schemeId,
        @NotBlank @Size(max = 300) String name,
        @NotBlank String year,
        @NotBlank String source,
        @NotBlank @Size(max = 200) String type,
        @NotBlank @Size(max = 100) String areaOfSpend,
        @NotBlank String commissioner,
        @NotBlank @Size(max = 200) String provider,
        @NotNull @PositiveOrZero(message = "must be zero or more pounds")
        @Digits(integer = 13, fraction = 2, message = "must be pounds with at most two decimal places") BigDecimal planned) {
}

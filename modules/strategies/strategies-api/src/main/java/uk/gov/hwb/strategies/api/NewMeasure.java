package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/**
 * A measure of a strategy: "adults classed as active", a percentage where higher is better, from
 * 61% (baseline) to 72% by 2025. The basis is {@code TRAJECTORY} unless said otherwise (a value is
 * judged against where the line from the baseline to the target stands at its date) or {@code AS_IS}.
 * A measure that only says "increase" or "decrease" has a polarity and no target.
 */
public record NewMeasure(
        @NotBlank @Size(max = 500) String name,
        @NotNull MeasureUnit unit,
        @NotNull Polarity polarity,
        Basis basis,
        Long priorityId,
        BigDecimal baseline,
        LocalDate baselineDate,
        BigDecimal target,
        LocalDate targetDate,
        @Size(max = 1000) String source) {
}

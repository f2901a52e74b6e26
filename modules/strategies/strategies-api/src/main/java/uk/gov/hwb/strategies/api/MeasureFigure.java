package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measure's value for a period, with the precision it was reported with. {@code valueDate} is the
 * date the figure stands at (by default the period's end); {@code version} when changing a value already recorded.
 */
public record MeasureFigure(
        @NotNull BigDecimal value,
        LocalDate valueDate,
        @Size(max = 1000) String note,
        Long version) {
}

package uk.gov.hwb.send.api;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A metric's figure for one period: the local value, the national comparator and, where known, the
 * statistical neighbours' figure, with the precision they were published with. Changing a period
 * already recorded needs the {@code version} read.
 */
public record MetricValueInput(
        @NotNull(message = "is required: the local figure") BigDecimal value,
        BigDecimal comparator,
        BigDecimal neighbours,
        Long version) {
}

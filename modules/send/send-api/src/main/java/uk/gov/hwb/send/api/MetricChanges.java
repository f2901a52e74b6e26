package uk.gov.hwb.send.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import uk.gov.hwb.platform.measures.Polarity;

/** Changes how a metric is described and judged (its unit and period type stay: its figures are in them). */
public record MetricChanges(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String name,
        @Size(max = 2000, message = "must be at most 2000 characters") String description,
        @NotNull(message = "is required: HIGHER_IS_BETTER, LOWER_IS_BETTER or NONE") Polarity polarity,
        @DecimalMin(value = "0", message = "must be 0 or more") BigDecimal tolerance,
        @Size(max = 100, message = "must be at most 100 characters") String comparatorName,
        @Size(max = 500, message = "must be at most 500 characters") String source,
        @NotNull(message = "send back the version you read") Long version) {
}

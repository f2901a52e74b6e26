package uk.gov.hwb.send.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/**
 * A SEND metric: what it counts, its unit, which direction is better ({@code NONE} for counts that
 * describe demand, such as assessment requests, which are not judged), the tolerance within which
 * it is "similar" to the comparator (in its unit: points for percentages), how its periods are named,
 * and what it is compared with ("England", by default).
 */
public record NewMetric(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String name,
        @Size(max = 2000, message = "must be at most 2000 characters") String description,
        @NotNull(message = "is required: PERCENT, COUNT, RATE_PER_100K, MONEY or DAYS") MeasureUnit unit,
        @NotNull(message = "is required: HIGHER_IS_BETTER, LOWER_IS_BETTER or NONE") Polarity polarity,
        @DecimalMin(value = "0", message = "must be 0 or more") BigDecimal tolerance,
        @NotNull(message = "is required: CALENDAR_YEAR, ACADEMIC_YEAR, FINANCIAL_YEAR or MONTH") MetricPeriodType periodType,
        @Size(max = 100, message = "must be at most 100 characters") String comparatorName,
        @Size(max = 500, message = "must be at most 500 characters") String source) {
}

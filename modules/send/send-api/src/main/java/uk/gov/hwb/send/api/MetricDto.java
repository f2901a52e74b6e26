package uk.gov.hwb.send.api;

import java.math.BigDecimal;
import java.util.List;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/**
 * A SEND metric with its figures oldest first, the latest judged against its comparator, and the
 * trend from the period before ({@code trendSentence}, e.g. "Up 36 from 2022.").
 */
public record MetricDto(
        long id,
        String name,
        String description,
        MeasureUnit unit,
        Polarity polarity,
        String polarityLabel,
        BigDecimal tolerance,
        MetricPeriodType periodType,
        String comparatorName,
        String source,
        List<MetricValueDto> values,
        MetricValueDto latest,
        Trend trend,
        String trendSentence,
        long version) {
}

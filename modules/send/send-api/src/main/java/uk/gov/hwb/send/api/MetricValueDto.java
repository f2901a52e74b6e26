package uk.gov.hwb.send.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.gov.hwb.platform.measures.MeasureStatus;

/**
 * A metric's figure for one period, judged by the kernel's measures rule against the comparator
 * (better, similar or worse by polarity; not rated without one), with the signed difference in the
 * metric's unit (negative is worse; points for percentages) and the rule's sentence; likewise against
 * the statistical neighbours where known.
 */
public record MetricValueDto(
        String period,
        String periodLabel,
        LocalDate periodEnd,
        BigDecimal value,
        String valueText,
        BigDecimal comparator,
        String comparatorText,
        BigDecimal neighbours,
        String neighboursText,
        MeasureStatus status,
        String statusLabel,
        BigDecimal difference,
        String sentence,
        MeasureStatus neighbourStatus,
        String neighbourSentence,
        long version) {
}

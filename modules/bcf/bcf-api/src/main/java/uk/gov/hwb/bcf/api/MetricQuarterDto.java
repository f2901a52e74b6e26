package uk.gov.hwb.bcf.api;

import java.math.BigDecimal;
import uk.gov.hwb.platform.measures.MeasureStatus;

/**
 * A metric in one quarter, judged by the kernel's measures rule: the value (null: no data), the
 * target, the projected annual figure (annual projection only), the status (ON_TRACK, OFF_TRACK,
 * NO_DATA; NO_TARGET where the year has none), the gap in the metric's unit (negative is worse) and the
 * sentence papers reuse. {@code commentaryWarning} says where the commentary states a gap or status
 * the figures do not give.
 */
public record MetricQuarterDto(
        String year,
        int quarter,
        String label,
        BigDecimal value,
        BigDecimal target,
        BigDecimal projected,
        MeasureStatus status,
        String statusLabel,
        BigDecimal gap,
        String sentence,
        String commentary,
        String commentaryWarning,
        long valueVersion) {
}

package uk.gov.hwb.platform.measures;

import java.math.BigDecimal;

/**
 * A figure judged by {@link MeasureRule}.
 *
 * @param status   on/off track, no data, or better/similar/worse against a comparator
 * @param value    the figure judged: the period's value, or the projected annual figure
 * @param target   what it was judged against: the target, the point on the trajectory, or the comparator
 * @param gap      value against target in the measure's unit, signed so that negative is worse
 *                 (for a measure with no polarity: value minus comparator); null without data or target
 * @param sentence one plain sentence for screens and papers, e.g. "Off track: 1.4 points below the target of 80%."
 */
public record Assessment(MeasureStatus status, BigDecimal value, BigDecimal target, BigDecimal gap, String sentence) {
}

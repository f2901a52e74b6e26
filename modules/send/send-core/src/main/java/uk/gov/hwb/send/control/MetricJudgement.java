package uk.gov.hwb.send.control;

import java.math.BigDecimal;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.Measure;
import uk.gov.hwb.platform.measures.MeasureRule;
import uk.gov.hwb.platform.measures.MeasureStatus;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.send.api.Trend;

/**
 * How a SEND metric's figures are judged, always by the kernel's {@link MeasureRule} on the
 * comparator basis: a period's figure against the national comparator and against the statistical
 * neighbours (better, similar within the tolerance, or worse by polarity; a metric with no polarity,
 * such as a count of assessment requests, has its difference stated and not judged), and the trend as
 * the latest figure against the one before it.
 */
public final class MetricJudgement {

    /** The trend and how it reads: "Up 224 from 293 in 2019." */
    public record Movement(Trend trend, String sentence) {
    }

    private MetricJudgement() {
    }

    public static Measure measure(MeasureUnit unit, Polarity polarity, BigDecimal tolerance) {
        return new Measure(unit, polarity, Basis.COMPARATOR, tolerance);
    }

    /** A figure against a comparator figure (national or neighbours); no figure is no data, no comparator is said so. */
    public static Assessment against(Measure measure, BigDecimal value, BigDecimal comparator) {
        return MeasureRule.comparator(measure, value, comparator);
    }

    /**
     * The move from the previous period's figure to the latest: improving, worsening or stable
     * (within the tolerance) by polarity, or up and down for a metric with no polarity.
     */
    public static Movement movement(Measure measure, BigDecimal previous, String previousLabel, BigDecimal latest) {
        if (previous == null || latest == null) {
            return new Movement(Trend.NOT_ENOUGH_DATA, latest == null ? "No figures yet." : "Only one period so far.");
        }
        int direction = latest.compareTo(previous);
        if (direction == 0) {
            return new Movement(Trend.NO_CHANGE, "No change from " + measure.unit().format(previous) + " in " + previousLabel + ".");
        }
        String moved = (direction > 0 ? "Up " : "Down ") + measure.unit().formatDifference(latest.subtract(previous)) + " from "
                + measure.unit().format(previous) + " in " + previousLabel;
        if (measure.polarity() == Polarity.NONE) {
            return new Movement(direction > 0 ? Trend.UP : Trend.DOWN, moved + ".");
        }
        MeasureStatus status = MeasureRule.comparator(measure, latest, previous).status();
        Trend trend = status == MeasureStatus.SIMILAR ? Trend.STABLE : status == MeasureStatus.BETTER ? Trend.IMPROVING : Trend.WORSENING;
        return new Movement(trend, moved + " (" + trend.label().toLowerCase(java.util.Locale.UK) + ").");
    }
}

package uk.gov.hwb.platform.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one rule that judges a measure's figure, for every module (BCF national metrics, strategy
 * measures, SEND metrics): status, the signed gap in the measure's own unit and one plain sentence.
 *
 * <p>Conventions, so papers cannot disagree with the screens:
 * <ul>
 *   <li>Meeting the target exactly is on track; a period with no figure is "no data", never zero.</li>
 *   <li>The gap is value − target where higher is better and target − value where lower is better,
 *       so a negative gap is always worse; for percentages it is in points.</li>
 *   <li>Figures keep the precision they were entered with; only derived figures (a projection, a
 *       point on a trajectory) are rounded, half up, to one place more than their inputs at most.</li>
 * </ul>
 * Pure functions, no state: see {@code MeasureRuleTest} for the seed documents' cases.
 */
public final class MeasureRule {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private MeasureRule() {
    }

    /** The period's value against the period's target. */
    public static Assessment asIs(Measure measure, BigDecimal value, BigDecimal target) {
        requireBasis(measure, Basis.AS_IS);
        if (value == null) {
            return noData(target);
        }
        if (target == null || measure.polarity() == Polarity.NONE) {
            return noTarget(measure, value);
        }
        BigDecimal gap = gap(measure.polarity(), value, target);
        String judged = judge(gap);
        return new Assessment(status(gap), value, target, gap,
                judged + difference(measure.unit(), value, target) + " the target of " + measure.unit().format(target) + ".");
    }

    /**
     * Quarterly figures of an annual total: the average of the quarters reported so far (up to and
     * including this one) times four, against the annual target. This quarter without a figure is no data.
     *
     * @param quartersToDate the figures of Q1 up to this quarter, in order; null where a quarter has none
     */
    public static Assessment annualProjection(Measure measure, List<BigDecimal> quartersToDate, BigDecimal annualTarget) {
        requireBasis(measure, Basis.ANNUAL_PROJECTION);
        if (quartersToDate.isEmpty() || quartersToDate.get(quartersToDate.size() - 1) == null) {
            return noData(annualTarget);
        }
        List<BigDecimal> reported = quartersToDate.stream().filter(Objects::nonNull).toList();
        int scale = reported.stream().mapToInt(v -> Math.max(0, v.scale())).max().orElse(0);
        BigDecimal sum = reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal projected = sum.multiply(FOUR).divide(BigDecimal.valueOf(reported.size()), scale, RoundingMode.HALF_UP);
        String projection = "projected " + measure.unit().format(projected) + " for the year";
        if (annualTarget == null || measure.polarity() == Polarity.NONE) {
            return new Assessment(MeasureStatus.NO_TARGET, projected, annualTarget, null, capitalise(projection) + "; no numeric target.");
        }
        BigDecimal gap = gap(measure.polarity(), projected, annualTarget);
        return new Assessment(status(gap), projected, annualTarget, gap, judge(gap) + projection + ", "
                + difference(measure.unit(), projected, annualTarget) + " the annual target of " + measure.unit().format(annualTarget) + ".");
    }

    /**
     * A target years ahead: the value against where the straight line from the baseline to the
     * target stands at the value's date (before the baseline: the baseline; after the target date:
     * the target).
     */
    public static Assessment trajectory(Measure measure, BigDecimal baseline, LocalDate baselineDate, BigDecimal target,
                                        LocalDate targetDate, BigDecimal value, LocalDate valueDate) {
        requireBasis(measure, Basis.TRAJECTORY);
        if (value == null) {
            return noData(target);
        }
        if (baseline == null || baselineDate == null || target == null || targetDate == null || measure.polarity() == Polarity.NONE) {
            return noTarget(measure, value);
        }
        if (!targetDate.isAfter(baselineDate)) {
            throw new IllegalArgumentException("The target date " + targetDate + " must come after the baseline date " + baselineDate);
        }
        BigDecimal expected = pointOnLine(baseline, baselineDate, target, targetDate, valueDate);
        BigDecimal gap = gap(measure.polarity(), value, expected);
        return new Assessment(status(gap), value, expected, gap, judge(gap) + difference(measure.unit(), value, expected) + " the "
                + measure.unit().format(expected) + " expected by " + DATE.format(valueDate) + " on the way to "
                + measure.unit().format(target) + " by " + DATE.format(targetDate) + ".");
    }

    /**
     * Against a national or neighbour figure: better or worse by polarity, similar within the
     * measure's tolerance; a measure with no polarity states the difference without judging it.
     */
    public static Assessment comparator(Measure measure, BigDecimal value, BigDecimal comparator) {
        requireBasis(measure, Basis.COMPARATOR);
        if (value == null) {
            return noData(comparator);
        }
        MeasureUnit unit = measure.unit();
        if (comparator == null) {
            return new Assessment(MeasureStatus.NO_TARGET, value, null, null, unit.format(value) + "; no comparator figure.");
        }
        String figures = unit.format(value) + ", " + difference(unit, value, comparator) + " " + unit.format(comparator);
        if (measure.polarity() == Polarity.NONE) {
            return new Assessment(MeasureStatus.NOT_RATED, value, comparator, value.subtract(comparator), capitalise(figures) + ".");
        }
        BigDecimal gap = gap(measure.polarity(), value, comparator);
        MeasureStatus status = gap.abs().compareTo(measure.tolerance()) <= 0 && measure.tolerance().signum() > 0
                ? MeasureStatus.SIMILAR : gap.signum() >= 0 ? MeasureStatus.BETTER : MeasureStatus.WORSE;
        String within = status == MeasureStatus.SIMILAR ? " (within " + unit.formatDifference(measure.tolerance()) + ")" : "";
        return new Assessment(status, value, comparator, gap, status.label() + ": " + figures + within + ".");
    }

    /** The point on the straight line from (baselineDate, baseline) to (targetDate, target) at {@code on}, clamped to the ends. */
    static BigDecimal pointOnLine(BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate, LocalDate on) {
        int scale = Math.max(Math.max(0, baseline.scale()), Math.max(0, target.scale())) + 1;
        if (!on.isAfter(baselineDate)) {
            return baseline;
        }
        if (!on.isBefore(targetDate)) {
            return target;
        }
        BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(baselineDate, on));
        BigDecimal whole = BigDecimal.valueOf(ChronoUnit.DAYS.between(baselineDate, targetDate));
        return baseline.add(target.subtract(baseline).multiply(elapsed).divide(whole, scale, RoundingMode.HALF_UP));
    }

    private static BigDecimal gap(Polarity polarity, BigDecimal value, BigDecimal target) {
        return polarity == Polarity.LOWER_IS_BETTER ? target.subtract(value) : value.subtract(target);
    }

    private static MeasureStatus status(BigDecimal gap) {
        return gap.signum() >= 0 ? MeasureStatus.ON_TRACK : MeasureStatus.OFF_TRACK;
    }

    private static String judge(BigDecimal gap) {
        return (gap.signum() >= 0 ? MeasureStatus.ON_TRACK : MeasureStatus.OFF_TRACK).label() + ": ";
    }

    /** "1.4 points below", "9.7 above", or "on" when the two are equal. */
    private static String difference(MeasureUnit unit, BigDecimal value, BigDecimal reference) {
        int direction = value.compareTo(reference);
        if (direction == 0) {
            return "on";
        }
        return unit.formatDifference(value.subtract(reference)) + (direction > 0 ? " above" : " below");
    }

    private static Assessment noData(BigDecimal target) {
        return new Assessment(MeasureStatus.NO_DATA, null, target, null, "No data for this period.");
    }

    private static Assessment noTarget(Measure measure, BigDecimal value) {
        return new Assessment(MeasureStatus.NO_TARGET, value, null, null, measure.unit().format(value) + "; no numeric target.");
    }

    private static void requireBasis(Measure measure, Basis basis) {
        if (measure.basis() != basis) {
            throw new IllegalArgumentException("This measure is judged " + measure.basis() + ", not " + basis);
        }
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

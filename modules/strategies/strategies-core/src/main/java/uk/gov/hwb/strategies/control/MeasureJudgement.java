package uk.gov.hwb.strategies.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.Measure;
import uk.gov.hwb.platform.measures.MeasureRule;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/**
 * A strategy measure's figures judged by the kernel's {@link MeasureRule} (never anywhere else):
 * usually against the trajectory from the baseline to a target years ahead (seed 004: adults
 * active, 61% now to 72% by 2025), or as is against the target. A measure that only says which
 * way it should go (seed 004's "Increase …", "Decrease …") has no numeric target: the rule says so
 * and its aim reads "Increase (no numeric target)".
 */
public final class MeasureJudgement {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MeasureJudgement() {
    }

    /** The bases a strategy measure may use. */
    public static boolean supports(Basis basis) {
        return basis == Basis.TRAJECTORY || basis == Basis.AS_IS;
    }

    public static Assessment judge(MeasureUnit unit, Polarity polarity, Basis basis, BigDecimal baseline, LocalDate baselineDate,
                                   BigDecimal target, LocalDate targetDate, BigDecimal value, LocalDate valueDate) {
        Measure measure = new Measure(unit, polarity, basis);
        return basis == Basis.TRAJECTORY
                ? MeasureRule.trajectory(measure, baseline, baselineDate, target, targetDate, value, valueDate)
                : MeasureRule.asIs(measure, value, target);
    }

    /** What the measure aims at, in a line: "From 61% (1 April 2021) to 72% by 31 March 2025", or "Increase (no numeric target)". */
    public static String aim(MeasureUnit unit, Polarity polarity, BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate) {
        if (target == null) {
            return switch (polarity) {
                case HIGHER_IS_BETTER -> "Increase (no numeric target)";
                case LOWER_IS_BETTER -> "Decrease (no numeric target)";
                case NONE -> "Not judged";
            };
        }
        StringBuilder aim = new StringBuilder();
        if (baseline != null) {
            aim.append("From ").append(unit.format(baseline));
            if (baselineDate != null) {
                aim.append(" (").append(DAY.format(baselineDate)).append(')');
            }
            aim.append(" to ");
        } else {
            aim.append("Target ");
        }
        aim.append(unit.format(target));
        if (targetDate != null) {
            aim.append(" by ").append(DAY.format(targetDate));
        }
        return aim.toString();
    }
}

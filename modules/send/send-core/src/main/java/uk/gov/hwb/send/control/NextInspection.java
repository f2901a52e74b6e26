package uk.gov.hwb.send.control;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import uk.gov.hwb.send.api.InspectionOutcome;

/**
 * What follows an area SEND inspection's outcome, counted from the report's publication (seed 002,
 * item 7, paragraph 3.2 and the 2023 framework):
 * <ul>
 *   <li>outcome 1: the next full inspection within about 5 years;</li>
 *   <li>outcome 2: within about 3 years;</li>
 *   <li>outcome 3: a priority action plan, a monitoring inspection at about 18 months and a full
 *       inspection within about 3 years;</li>
 *   <li>every outcome: the area's action plan is due 30 days after publication.</li>
 * </ul>
 * The intervals are settings ({@link Settings}, from MicroProfile Config in the service), so a
 * change of framework guidance is a configuration change, not a release. Pure functions.
 */
public final class NextInspection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * The intervals: per outcome until the next full inspection, until the monitoring inspection
     * (outcome 3 only; null where there is none), and the days until the action plan is due.
     */
    public record Settings(Map<InspectionOutcome, Period> fullInspection, Map<InspectionOutcome, Period> monitoringInspection, int actionPlanDays) {

        public Settings {
            fullInspection = Map.copyOf(fullInspection);
            monitoringInspection = Map.copyOf(monitoringInspection);
            for (InspectionOutcome outcome : InspectionOutcome.values()) {
                Objects.requireNonNull(fullInspection.get(outcome), "no interval to the next full inspection for " + outcome);
            }
        }

        /** The framework's guidance as the seed states it. */
        public static Settings framework2023() {
            Map<InspectionOutcome, Period> full = new EnumMap<>(InspectionOutcome.class);
            full.put(InspectionOutcome.POSITIVE, Period.ofYears(5));
            full.put(InspectionOutcome.INCONSISTENT, Period.ofYears(3));
            full.put(InspectionOutcome.SIGNIFICANT_CONCERNS, Period.ofYears(3));
            return new Settings(full, Map.of(InspectionOutcome.SIGNIFICANT_CONCERNS, Period.ofMonths(18)), 30);
        }
    }

    /**
     * @param fullBy       the next full inspection is expected by this date (null until the report is published)
     * @param monitoringBy the monitoring inspection is expected by this date (outcome 3), else null
     * @param actionPlanDue the action plan is due on this date (null until published)
     * @param sentence     how screens and papers say it
     */
    public record Window(LocalDate fullBy, LocalDate monitoringBy, LocalDate actionPlanDue, String sentence) {
    }

    private NextInspection() {
    }

    public static Window window(InspectionOutcome outcome, LocalDate publishedOn, Settings settings) {
        if (publishedOn == null) {
            return new Window(null, null, null, "Not known until the inspection report is published.");
        }
        LocalDate actionPlanDue = publishedOn.plusDays(settings.actionPlanDays());
        if (outcome == null) {
            return new Window(null, null, actionPlanDue, "Not known: the outcome has not been recorded.");
        }
        Period full = settings.fullInspection().get(outcome);
        Period monitoring = settings.monitoringInspection().get(outcome);
        LocalDate fullBy = publishedOn.plus(full);
        LocalDate monitoringBy = monitoring == null ? null : publishedOn.plus(monitoring);
        String fullSentence = "full inspection expected by " + DATE.format(fullBy) + " (within about " + describe(full) + " of publication)";
        String sentence = monitoringBy == null
                ? capitalise(fullSentence) + "."
                : "Priority action plan required; monitoring inspection expected by " + DATE.format(monitoringBy) + " (about "
                        + describe(monitoring) + " after publication); " + fullSentence + ".";
        return new Window(fullBy, monitoringBy, actionPlanDue, sentence);
    }

    /** "5 years", "18 months", "1 year and 6 months". */
    static String describe(Period period) {
        Period p = period.normalized();
        String years = p.getYears() == 0 ? "" : p.getYears() + (p.getYears() == 1 ? " year" : " years");
        String months = p.getMonths() == 0 ? "" : p.getMonths() + (p.getMonths() == 1 ? " month" : " months");
        if (p.getYears() == 1 && p.getMonths() == 6) {
            return "18 months";
        }
        return years.isEmpty() ? months : months.isEmpty() ? years : years + " and " + months;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package uk.gov.hwb.send.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.period.ReportingPeriod;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.send.api.MilestoneInput;

/**
 * The strategic action plan's rules: milestones fall within their plan year and are due by its end
 * unless a date is given; a milestone is overdue when its due date has passed and it is not done;
 * an action moved to Some slippage or At risk needs a note saying what is being done about it (seed
 * 003's "what are we doing to address this"); progress notes are for a quarter of the financial year.
 */
public final class ActionRules {

    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_NOTE = 4000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern QUARTER = Pattern.compile("(?i)\\s*Q([1-4])\\s+(\\d{4}[/-]\\d{2})\\s*|\\s*(\\d{4}[/-]\\d{2})\\s+Q([1-4])\\s*");

    /** A milestone as checked: its plan year, description, due date (the year's end when none was given), completion. */
    public record CheckedMilestone(Long id, int planYear, String description, LocalDate dueOn, LocalDate completedOn) {
    }

    private ActionRules() {
    }

    /** Whether a milestone is overdue on {@code today}: its due date has passed and it is not done. */
    public static boolean overdue(LocalDate dueOn, LocalDate completedOn, LocalDate today) {
        return completedOn == null && dueOn.isBefore(today);
    }

    /** "Done 3 June 2024", "Overdue since 9 July 2024", "Due 9 July 2025". */
    public static String state(LocalDate dueOn, LocalDate completedOn, LocalDate today) {
        if (completedOn != null) {
            return "Done " + DATE.format(completedOn);
        }
        return overdue(dueOn, completedOn, today) ? "Overdue since " + DATE.format(dueOn) : "Due " + DATE.format(dueOn);
    }

    /**
     * Checks milestones as a caller sent them, adding each problem (naming {@code milestones[i].field})
     * to {@code errors}; returns those that are sound, in plan-year and date order.
     */
    public static List<CheckedMilestone> milestones(List<MilestoneInput> given, PlanYears years, LocalDate today, List<FieldError> errors) {
        List<CheckedMilestone> checked = new ArrayList<>();
        if (given == null) {
            return checked;
        }
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            MilestoneInput m = given.get(i);
            String field = "milestones[" + i + "]";
            if (m == null) {
                errors.add(new FieldError(field, "is empty; leave it out instead"));
                continue;
            }
            int before = errors.size();
            if (m.id() != null && !ids.add(m.id())) {
                errors.add(new FieldError(field + ".id", "milestone " + m.id() + " appears twice"));
            }
            if (m.planYear() == null || m.planYear() < 1 || m.planYear() > 10) {
                errors.add(new FieldError(field + ".planYear", "is required: the plan year, 1 to 10"));
            }
            String description = PlainText.line(m.description());
            if (description.isEmpty()) {
                errors.add(new FieldError(field + ".description", "is required: what will be done"));
            } else if (description.length() > MAX_DESCRIPTION) {
                errors.add(new FieldError(field + ".description", "must be at most " + MAX_DESCRIPTION + " characters"));
            }
            LocalDate due = m.dueOn();
            if (errors.size() == before) {
                if (due == null && years.planDue() == null) {
                    errors.add(new FieldError(field + ".dueOn", "is required while the inspection report's publication date is not recorded"));
                } else if (due == null) {
                    due = years.end(m.planYear());
                } else if (!years.contains(m.planYear(), due)) {
                    errors.add(new FieldError(field + ".dueOn", "must fall within " + years.label(m.planYear()).toLowerCase(Locale.UK)
                            + ", from " + DATE.format(years.start(m.planYear())) + " to " + DATE.format(years.end(m.planYear()))));
                }
            }
            if (m.completedOn() != null && m.completedOn().isAfter(today)) {
                errors.add(new FieldError(field + ".completedOn", "cannot be in the future"));
            }
            if (errors.size() == before) {
                checked.add(new CheckedMilestone(m.id(), m.planYear(), description, due, m.completedOn()));
            }
        }
        checked.sort(java.util.Comparator.comparingInt(CheckedMilestone::planYear).thenComparing(CheckedMilestone::dueOn));
        return checked;
    }

    /** The problem with a status change that leaves the reader without an explanation, if any. */
    public static FieldError statusNeedsNote(ProgressStatus from, ProgressStatus to, boolean noteGiven) {
        if (to.needsMitigation() && to != from && !noteGiven) {
            return new FieldError("note", "is required when an action moves to " + to.label()
                    + ": say what is being done to address it, and for which quarter (e.g. Q3 2024/25)");
        }
        return null;
    }

    /** Reads "Q2 2024/25" (or "2024/25 Q2", "Q2 2024-25"): a quarter of the financial year. */
    public static ReportingPeriod quarter(String text) {
        Matcher m = text == null ? null : QUARTER.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must be a quarter of the financial year, written like Q2 2024/25");
        }
        String quarter = m.group(1) != null ? m.group(1) : m.group(4);
        String year = m.group(2) != null ? m.group(2) : m.group(3);
        return ReportingPeriod.quarter(FinancialYear.parse(year), Integer.parseInt(quarter));
    }
}

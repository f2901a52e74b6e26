package uk.gov.hwb.send.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The strategic action plan's years, counted from the day the plan was due (30 days after the
 * inspection report; 9 July 2023 for the seed's inspection published on 9 June 2023): year 1 runs
 * to July 2024, year 2 to July 2025, as the seed's SEF puts it ("year 2 milestones (to July 2025)").
 * Without a due date (an inspection not yet published) the years have no dates.
 */
public record PlanYears(LocalDate planDue) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** The first day of plan year {@code year} (1-based), or null without a due date. */
    public LocalDate start(int year) {
        return planDue == null ? null : planDue.plusYears(year - 1L);
    }

    /** The last day of plan year {@code year}, or null without a due date. */
    public LocalDate end(int year) {
        return planDue == null ? null : planDue.plusYears(year);
    }

    /** "Year 1 (to July 2024)", or "Year 1" without dates. */
    public String label(int year) {
        return planDue == null ? "Year " + year : "Year " + year + " (to " + MONTH.format(end(year)) + ")";
    }

    /** Whether a date falls within the plan year (after its start, up to and including its end); any date does without dates. */
    public boolean contains(int year, LocalDate date) {
        return planDue == null || date.isAfter(start(year).minusDays(1)) && !date.isAfter(end(year));
    }
}

package uk.gov.hwb.bcf.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.period.ReportingPeriod;

/**
 * The quarterly return's calendar: when a quarter's return is due by default (the last day of the
 * month after the quarter: seed 002's Q2 return was due on 31 October 2023), how many days are left,
 * and the countdown or warning people read. Pure functions.
 */
public final class ReturnRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReturnRules() {
    }

    public static LocalDate defaultDue(int startYear, int quarter) {
        LocalDate end = ReportingPeriod.quarter(new FinancialYear(startYear), quarter).end();
        return end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
    }

    public static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    /** Past its due date and not submitted. */
    public static boolean overdue(LocalDate due, LocalDate today, LocalDate submittedOn) {
        return submittedOn == null && today.isAfter(due);
    }

    /**
     * "Due in 12 days, on 31 October 2023.", "Due today, 31 October 2023.", "Overdue by 3 days: it was due on
     * 31 October 2023 and has not been submitted.", "Submitted on 30 October 2023, 1 day before it was due."
     */
    public static String dueSentence(LocalDate due, LocalDate today, LocalDate submittedOn) {
        if (submittedOn != null) {
            long early = ChronoUnit.DAYS.between(submittedOn, due);
            String when = early == 0 ? "on the day it was due" : early > 0 ? days(early) + " before it was due"
                    : days(-early) + " after it was due (" + DAY.format(due) + ")";
            return "Submitted on " + DAY.format(submittedOn) + ", " + when + ".";
        }
        long left = daysLeft(due, today);
        if (left > 1) {
            return "Due in " + left + " days, on " + DAY.format(due) + ".";
        }
        if (left == 1) {
            return "Due tomorrow, " + DAY.format(due) + ".";
        }
        if (left == 0) {
            return "Due today, " + DAY.format(due) + ".";
        }
        return "Overdue by " + days(-left) + ": it was due on " + DAY.format(due) + " and has not been submitted.";
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}

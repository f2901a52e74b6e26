package uk.gov.hwb.board.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Clear calendar days between two dates: the days strictly between them, neither the first day
 * (the notice) nor the last (the decision) counting — as the Local Authorities (Executive
 * Arrangements) (Meetings and Access to Information) (England) Regulations 2012 count them
 * ("clear days" are calendar days; reg 2 leaves weekends and bank holidays in).
 */
public final class ClearDays {

    private ClearDays() {
    }

    /** The number of whole days strictly between {@code from} and {@code to}; 0 when they are the same or adjacent, or {@code to} is earlier. */
    public static long between(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to) - 1);
    }

    /** The first date that leaves {@code days} clear days after {@code from}. */
    public static LocalDate earliestAfter(LocalDate from, int days) {
        return from.plusDays(days + 1L);
    }
}

package uk.gov.hwb.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which days are working days, and the statutory "clear working days" rules built on them.
 *
 * <p>Sundays and bank holidays are never working days; Saturdays are not unless the council's
 * setting says they count. "Clear" days exclude both the day of publication and the day of the
 * meeting (Local Government Act 1972, s.100A and s.100B(3)).
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> bankHolidays;
    private final boolean saturdaysAreWorkingDays;

    public WorkingDayCalendar(Collection<LocalDate> bankHolidays, boolean saturdaysAreWorkingDays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.saturdaysAreWorkingDays = saturdaysAreWorkingDays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SUNDAY || bankHolidays.contains(date)) {
            return false;
        }
        return day != DayOfWeek.SATURDAY || saturdaysAreWorkingDays;
    }

    /**
     * The last working day on which papers can be published and still leave {@code clearDays}
     * clear working days before the meeting. Tuesday 10 December 2024 with five clear days gives
     * Monday 2 December 2024 (3, 4, 5, 6 and 9 December are the clear days).
     *
     * <p>The deadline is always a working day: when the day before the first clear day is a weekend
     * or bank holiday, the deadline moves back to the working day before it, because that is the
     * last day the office can publish.
     */
    public LocalDate clearWorkingDaysBefore(LocalDate meeting, int clearDays) {
        if (clearDays < 0) {
            throw new IllegalArgumentException("clear days cannot be negative: " + clearDays);
        }
        LocalDate day = meeting;
        for (int counted = 0; counted < clearDays; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return previousWorkingDay(day);
    }

    /** How many clear working days lie strictly between publication and the meeting. */
    public int clearWorkingDaysBetween(LocalDate publication, LocalDate meeting) {
        int count = 0;
        for (LocalDate day = publication.plusDays(1); day.isBefore(meeting); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}

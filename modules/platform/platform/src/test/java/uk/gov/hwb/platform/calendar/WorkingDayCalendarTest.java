package uk.gov.hwb.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    /** The England and Wales bank holidays around the examples (the full shipped list is tested in platform-core). */
    private static final List<LocalDate> HOLIDAYS = List.of(
            LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26), LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21));

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(HOLIDAYS, false);

    @Test
    void statutoryExampleTuesdayTenthDecember2024NeedsPublicationByMondaySecond() {
        assertThat(calendar.clearWorkingDaysBefore(LocalDate.of(2024, 12, 10), 5)).isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(calendar.clearWorkingDaysBetween(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 10))).isEqualTo(5);
        assertThat(calendar.clearWorkingDaysBetween(LocalDate.of(2024, 12, 3), LocalDate.of(2024, 12, 10))).isEqualTo(4);
    }

    @Test
    void weekendsAreNotClearDaysAndTheDeadlineIsAWorkingDay() {
        // Monday 16 Dec 2024: clear days 9-13 Dec; Sunday 8 and Saturday 7 are not working days.
        assertThat(calendar.clearWorkingDaysBefore(LocalDate.of(2024, 12, 16), 5)).isEqualTo(LocalDate.of(2024, 12, 6));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 9))).isTrue();
    }

    @Test
    void christmasBoxingDayAndNewYearAreSkipped() {
        // Thursday 2 Jan 2025: clear days 31, 30, 27, 24, 23 Dec; 25, 26 Dec and 1 Jan are bank holidays.
        assertThat(calendar.clearWorkingDaysBefore(LocalDate.of(2025, 1, 2), 5)).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 25))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 26))).isFalse();
    }

    @Test
    void easter2025GoodFridayAndEasterMondayAreSkipped() {
        // Wednesday 23 Apr 2025: clear days 22, 17, 16, 15, 14 Apr; 18 and 21 Apr are bank holidays.
        assertThat(calendar.clearWorkingDaysBefore(LocalDate.of(2025, 4, 23), 5)).isEqualTo(LocalDate.of(2025, 4, 11));
    }

    @Test
    void saturdaysCountWhenTheSettingSaysSo() {
        WorkingDayCalendar withSaturdays = new WorkingDayCalendar(HOLIDAYS, true);
        assertThat(withSaturdays.isWorkingDay(LocalDate.of(2024, 12, 7))).isTrue();
        assertThat(withSaturdays.isWorkingDay(LocalDate.of(2024, 12, 8))).as("Sundays never count").isFalse();
        // Clear days 9, 7 (Sat), 6, 5, 4 Dec: publish by Tuesday 3 Dec.
        assertThat(withSaturdays.clearWorkingDaysBefore(LocalDate.of(2024, 12, 10), 5)).isEqualTo(LocalDate.of(2024, 12, 3));
    }

    @Test
    void zeroClearDaysMeansTheWorkingDayBeforeTheMeeting() {
        assertThat(calendar.clearWorkingDaysBefore(LocalDate.of(2024, 12, 10), 0)).isEqualTo(LocalDate.of(2024, 12, 9));
        assertThatThrownBy(() -> calendar.clearWorkingDaysBefore(LocalDate.of(2024, 12, 10), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

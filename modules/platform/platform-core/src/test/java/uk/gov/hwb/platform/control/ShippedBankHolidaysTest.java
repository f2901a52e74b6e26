package uk.gov.hwb.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.calendar.WorkingDayCalendar;

/** The bank holidays the migration ships, checked against the rules and the statutory examples. */
class ShippedBankHolidaysTest {

    private static final Pattern DATE = Pattern.compile("date '(\\d{4}-\\d{2}-\\d{2})'");

    private static List<LocalDate> shipped() throws IOException {
        try (InputStream in = ShippedBankHolidaysTest.class.getResourceAsStream("/db/migration/platform/V2__bank_holidays_2023_2028.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return DATE.matcher(sql).results().map(m -> LocalDate.parse(m.group(1))).toList();
        }
    }

    @Test
    void eightPerYearPlusTheCoronation() throws IOException {
        List<LocalDate> dates = shipped();
        assertThat(dates).hasSize(6 * 8 + 1).doesNotHaveDuplicates();
        assertThat(dates).allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(dates).contains(LocalDate.of(2023, 5, 8), LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26),
                LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 12, 27),
                LocalDate.of(2028, 1, 3));
    }

    @Test
    void shippedCalendarGivesTheStatutoryExample() throws IOException {
        WorkingDayCalendar calendar = new WorkingDayCalendar(shipped(), false);
        assertThat(calendar.clearWorkingDaysBefore(LocalDate.of(2024, 12, 10), 5)).isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(calendar.clearWorkingDaysBefore(LocalDate.of(2025, 1, 2), 5)).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(calendar.clearWorkingDaysBefore(LocalDate.of(2025, 4, 23), 5)).isEqualTo(LocalDate.of(2025, 4, 11));
    }
}

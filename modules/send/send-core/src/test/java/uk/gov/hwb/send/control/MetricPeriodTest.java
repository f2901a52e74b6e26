package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.send.api.MetricPeriodType;

/** Metric periods as the sources name them: SEN2 by calendar year, the school census by academic year. */
class MetricPeriodTest {

    @Test
    void periodsReadAsTheirSourcesWriteThem() {
        assertThat(MetricPeriod.parse(MetricPeriodType.CALENDAR_YEAR, "2023"))
                .isEqualTo(new MetricPeriod(MetricPeriodType.CALENDAR_YEAR, "2023", "2023", LocalDate.of(2023, 12, 31)));
        assertThat(MetricPeriod.parse(MetricPeriodType.ACADEMIC_YEAR, "2022/23"))
                .isEqualTo(new MetricPeriod(MetricPeriodType.ACADEMIC_YEAR, "2022-23", "2022/23", LocalDate.of(2023, 8, 31)));
        assertThat(MetricPeriod.parse(MetricPeriodType.ACADEMIC_YEAR, "2022-23").key()).isEqualTo("2022-23");
        assertThat(MetricPeriod.parse(MetricPeriodType.FINANCIAL_YEAR, "2022-23"))
                .isEqualTo(new MetricPeriod(MetricPeriodType.FINANCIAL_YEAR, "2022-23", "2022/23", LocalDate.of(2023, 3, 31)));
        assertThat(MetricPeriod.parse(MetricPeriodType.MONTH, "2024-06"))
                .isEqualTo(new MetricPeriod(MetricPeriodType.MONTH, "2024-06", "June 2024", LocalDate.of(2024, 6, 30)));
    }

    @Test
    void nonsenseIsRefusedWithHowToWriteIt() {
        assertThatThrownBy(() -> MetricPeriod.parse(MetricPeriodType.ACADEMIC_YEAR, "2022")).hasMessage(
                "must be an academic year (September to August), written like 2022/23 (2022-23 in an address)");
        assertThatThrownBy(() -> MetricPeriod.parse(MetricPeriodType.ACADEMIC_YEAR, "2022-24")).hasMessageContaining("2022/23 follows 2022");
        assertThatThrownBy(() -> MetricPeriod.parse(MetricPeriodType.MONTH, "2024-13")).hasMessageContaining("write it like 2024-06");
        assertThatThrownBy(() -> MetricPeriod.parse(MetricPeriodType.CALENDAR_YEAR, "twenty")).isInstanceOf(IllegalArgumentException.class);
    }
}

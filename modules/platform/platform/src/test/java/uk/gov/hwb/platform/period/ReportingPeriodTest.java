package uk.gov.hwb.platform.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    private final FinancialYear fy2024 = new FinancialYear(2024);

    @Test
    void financialYearRunsAprilToMarch() {
        assertThat(fy2024.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(fy2024.end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(fy2024.label()).isEqualTo("2024/25");
        assertThat(new FinancialYear(2099).label()).isEqualTo("2099/00");
    }

    @Test
    void datesBelongToTheRightFinancialYear() {
        assertThat(FinancialYear.containing(LocalDate.of(2025, 3, 31))).isEqualTo(fy2024);
        assertThat(FinancialYear.containing(LocalDate.of(2025, 4, 1))).isEqualTo(new FinancialYear(2025));
    }

    @Test
    void parsesTheWaysFinancialYearsAreWritten() {
        assertThat(FinancialYear.parse("2024/25")).isEqualTo(fy2024);
        assertThat(FinancialYear.parse("2024-25")).isEqualTo(fy2024);
        assertThat(FinancialYear.parse("2024")).isEqualTo(fy2024);
        assertThatThrownBy(() -> FinancialYear.parse("2024/26")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinancialYear.parse("twenty")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quartersStartInApril() {
        ReportingPeriod q2 = ReportingPeriod.quarter(fy2024, 2);
        assertThat(q2.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(q2.end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(q2.label()).isEqualTo("Q2 2024/25");
        assertThat(ReportingPeriod.quarter(fy2024, 4).end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(ReportingPeriod.quarterContaining(LocalDate.of(2025, 2, 14))).isEqualTo(ReportingPeriod.quarter(fy2024, 4));
        assertThat(ReportingPeriod.quarterContaining(LocalDate.of(2024, 10, 31))).isEqualTo(ReportingPeriod.quarter(fy2024, 3));
    }

    @Test
    void monthsAreNumberedFromApril() {
        ReportingPeriod november = ReportingPeriod.monthContaining(LocalDate.of(2024, 11, 30));
        assertThat(november.number()).isEqualTo(8);
        assertThat(november.label()).isEqualTo("November 2024");
        assertThat(november.end()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(ReportingPeriod.month(fy2024, 11).end()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void previousPeriodCrossesYearBoundaries() {
        assertThat(ReportingPeriod.quarter(fy2024, 1).previous()).isEqualTo(ReportingPeriod.quarter(new FinancialYear(2023), 4));
        assertThat(ReportingPeriod.month(fy2024, 1).previous().label()).isEqualTo("March 2024");
        assertThat(ReportingPeriod.year(fy2024).previous().label()).isEqualTo("2023/24");
    }

    @Test
    void refusesPeriodNumbersOutOfRange() {
        assertThatThrownBy(() -> ReportingPeriod.quarter(fy2024, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.month(fy2024, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodsSortByStartThenLongestFirst() {
        assertThat(ReportingPeriod.year(fy2024)).isLessThan(ReportingPeriod.quarter(fy2024, 1));
        assertThat(ReportingPeriod.quarter(fy2024, 1)).isLessThan(ReportingPeriod.month(fy2024, 1));
        assertThat(ReportingPeriod.month(fy2024, 3)).isLessThan(ReportingPeriod.quarter(fy2024, 2));
    }
}

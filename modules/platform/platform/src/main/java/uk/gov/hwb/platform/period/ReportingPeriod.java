package uk.gov.hwb.platform.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The one period type of the system: a financial year, one of its quarters (Q1 = April to June)
 * or one of its months (month 1 = April).
 *
 * <p>Modules record figures and status updates against these, so "Q2 2024/25" means the same
 * dates everywhere.
 */
public record ReportingPeriod(PeriodType type, FinancialYear year, int number) implements Comparable<ReportingPeriod> {

    public ReportingPeriod {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(year, "year");
        int max = switch (type) {
            case YEAR -> 1;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (number < 1 || number > max) {
            throw new IllegalArgumentException(type + " number must be 1.." + max + ", was " + number);
        }
    }

    public static ReportingPeriod year(FinancialYear year) {
        return new ReportingPeriod(PeriodType.YEAR, year, 1);
    }

    public static ReportingPeriod quarter(FinancialYear year, int quarter) {
        return new ReportingPeriod(PeriodType.QUARTER, year, quarter);
    }

    public static ReportingPeriod month(FinancialYear year, int month) {
        return new ReportingPeriod(PeriodType.MONTH, year, month);
    }

    /** The quarter a date falls in. */
    public static ReportingPeriod quarterContaining(LocalDate date) {
        FinancialYear year = FinancialYear.containing(date);
        return quarter(year, monthsFromApril(date) / 3 + 1);
    }

    /** The month a date falls in. */
    public static ReportingPeriod monthContaining(LocalDate date) {
        return month(FinancialYear.containing(date), monthsFromApril(date) + 1);
    }

    private static int monthsFromApril(LocalDate date) {
        return (date.getMonthValue() - Month.APRIL.getValue() + 12) % 12;
    }

    public LocalDate start() {
        return switch (type) {
            case YEAR -> year.start();
            case QUARTER -> year.start().plusMonths(3L * (number - 1));
            case MONTH -> year.start().plusMonths(number - 1L);
        };
    }

    public LocalDate end() {
        return switch (type) {
            case YEAR -> year.end();
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case MONTH -> start().plusMonths(1).minusDays(1);
        };
    }

    /** The period of the same type that comes before this one. */
    public ReportingPeriod previous() {
        return switch (type) {
            case YEAR -> year(new FinancialYear(year.startYear() - 1));
            case QUARTER -> number == 1 ? quarter(new FinancialYear(year.startYear() - 1), 4) : quarter(year, number - 1);
            case MONTH -> number == 1 ? month(new FinancialYear(year.startYear() - 1), 12) : month(year, number - 1);
        };
    }

    /** "2024/25", "Q2 2024/25" or "November 2024". */
    public String label() {
        return switch (type) {
            case YEAR -> year.label();
            case QUARTER -> "Q" + number + " " + year.label();
            case MONTH -> start().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + start().getYear();
        };
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : other.end().compareTo(end());
    }

    @Override
    public String toString() {
        return label();
    }
}

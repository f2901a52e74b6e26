package uk.gov.hwb.send.control;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.send.api.MetricPeriodType;

/**
 * A period a SEND metric is published for, as its source names it: its key in addresses and storage
 * ("2023", "2022-23", "2024-25", "2024-06"), how it reads ("2023", "2022/23", "2024/25", "June 2024")
 * and its last day, which orders a metric's figures. Financial years are the kernel's
 * {@link FinancialYear}; academic years run September to August.
 */
public record MetricPeriod(MetricPeriodType type, String key, String label, LocalDate end) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** Reads a period of the metric's type; throws IllegalArgumentException with a message for the user. */
    public static MetricPeriod parse(MetricPeriodType type, String text) {
        String t = text == null ? "" : text.strip();
        try {
            return switch (type) {
                case CALENDAR_YEAR -> {
                    require(t.matches("\\d{4}"), type);
                    int year = Integer.parseInt(t);
                    yield new MetricPeriod(type, t, t, LocalDate.of(year, Month.DECEMBER, 31));
                }
                case ACADEMIC_YEAR -> {
                    require(t.matches("\\d{4}[/-]\\d{2}"), type);
                    int start = Integer.parseInt(t.substring(0, 4));
                    String next = String.format("%02d", (start + 1) % 100);
                    if (!t.substring(5).equals(next)) {
                        throw new IllegalArgumentException("'" + text + "' is not an academic year: " + start + "/" + next + " follows " + start);
                    }
                    yield new MetricPeriod(type, start + "-" + next, start + "/" + next, LocalDate.of(start + 1, Month.AUGUST, 31));
                }
                case FINANCIAL_YEAR -> {
                    require(t.matches("\\d{4}[/-]\\d{2}"), type);
                    FinancialYear year = FinancialYear.parse(t);
                    yield new MetricPeriod(type, year.label().replace('/', '-'), year.label(), year.end());
                }
                case MONTH -> {
                    require(t.matches("\\d{4}-\\d{2}"), type);
                    YearMonth month = YearMonth.parse(t);
                    yield new MetricPeriod(type, t, MONTH.format(month), month.atEndOfMonth());
                }
            };
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + described(type) + "; write it like " + type.example());
        }
    }

    /** "an academic year (September to August)". */
    private static String described(MetricPeriodType type) {
        String label = type.label();
        String lower = Character.toLowerCase(label.charAt(0)) + label.substring(1);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }

    private static void require(boolean ok, MetricPeriodType type) {
        if (!ok) {
            throw new IllegalArgumentException("must be " + described(type) + ", written like " + type.example()
                    + (type.example().contains("/") ? " (" + type.example().replace('/', '-') + " in an address)" : ""));
        }
    }
}

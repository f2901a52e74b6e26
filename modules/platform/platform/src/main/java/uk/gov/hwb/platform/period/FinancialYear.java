package uk.gov.hwb.platform.period;

import java.time.LocalDate;
import java.time.Month;

/**
 * A UK public-sector financial year, 1 April to 31 March, named by the year it starts in
 * ({@code 2024} is "2024/25").
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("Financial year out of range: " + startYear);
        }
    }

    /** The financial year a date falls in: January to March belong to the year that began the April before. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Parses "2024/25", "2024-25" or "2024". */
    public static FinancialYear parse(String text) {
        String t = text.strip();
        if (!t.matches("\\d{4}([/-]\\d{2})?")) {
            throw new IllegalArgumentException("A financial year looks like 2024/25, not '" + text + "'");
        }
        FinancialYear year = new FinancialYear(Integer.parseInt(t.substring(0, 4)));
        if (t.length() > 4 && !t.substring(5).equals(year.label().substring(5))) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year: " + year.label() + " follows " + t.substring(0, 4));
        }
        return year;
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** As written in council papers: "2024/25". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}

package uk.gov.hwb.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of an uploaded sheet: its row number as Excel shows it, and each named column's value
 * as text (numbers as typed, dates as yyyy-mm-dd). The typed getters add a {@link SheetProblem} to
 * the list they are given instead of throwing, so every bad cell of every row is reported at once.
 */
public record SheetRow(int number, Map<String, String> values) {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK);

    /** The cell's text, stripped; null when blank. */
    public String text(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The cell's text, or a problem when blank. */
    public String requiredText(String column, List<SheetProblem> problems) {
        String value = text(column);
        if (value == null) {
            problems.add(new SheetProblem(number, column, "is empty; it is required"));
        }
        return value;
    }

    /** A number as typed (commas, £ and % allowed); null when blank or not a number (then with a problem). */
    public BigDecimal decimal(String column, List<SheetProblem> problems) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", "").replace("£", "").replace("%", "").strip());
        } catch (NumberFormatException e) {
            problems.add(new SheetProblem(number, column, "'" + value + "' is not a number"));
            return null;
        }
    }

    /** A date as a date cell, 2024-12-10 or 10/12/2024; null when blank or not a date (then with a problem). */
    public LocalDate date(String column, List<SheetProblem> problems) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, UK) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new SheetProblem(number, column, "'" + value + "' is not a date; use 10/12/2024 or 2024-12-10"));
            return null;
        }
    }
}

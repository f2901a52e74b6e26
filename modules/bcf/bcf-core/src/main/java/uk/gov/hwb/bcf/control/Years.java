package uk.gov.hwb.bcf.control;

import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.problem.InvalidInputException;

/**
 * How the BCF names its financial years: "2023-24" in addresses and JSON (as the national templates
 * do), "2023/24" in sentences (the kernel's {@link FinancialYear#label()}).
 */
public final class Years {

    private Years() {
    }

    /** "2023-24" for the year starting in 2023. */
    public static String code(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    public static String label(int startYear) {
        return new FinancialYear(startYear).label();
    }

    /** Reads "2023-24" (or "2023/24"); anything else is a 400 naming {@code field}. */
    public static int parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required, as a financial year like 2023-24");
        }
        try {
            if (!text.strip().matches("\\d{4}[-/]\\d{2}")) {
                throw new IllegalArgumentException("A financial year looks like 2023-24");
            }
            return FinancialYear.parse(text).startYear();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a financial year like 2023-24");
        }
    }
}

package uk.gov.hwb.bcf.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.gov.hwb.bcf.api.Commissioner;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.sheets.SheetProblem;
import uk.gov.hwb.sheets.SheetRow;

/**
 * Reads scheme lines from an uploaded sheet's rows (named columns, see {@link #REQUIRED}): every cell
 * of every row is checked and each problem kept with its row number, so the user fixes the sheet in
 * one go. Nothing here stores anything; the service stores the lines only when there is no problem.
 */
public final class SchemeSheet {

    public static final String SCHEME_ID = "Scheme ID";
    public static final String NAME = "Scheme name";
    public static final String YEAR = "Year";
    public static final String SOURCE = "Source";
    public static final String TYPE = "Scheme type";
    public static final String AREA = "Area of spend";
    public static final String COMMISSIONER = "Commissioner";
    public static final String PROVIDER = "Provider";
    public static final String PLANNED = "Planned";

    public static final List<String> REQUIRED = List.of(NAME, YEAR, SOURCE, TYPE, AREA, COMMISSIONER, PROVIDER, PLANNED);
    public static final List<String> OPTIONAL = List.of(SCHEME_ID);

    private SchemeSheet() {
    }

    /** A good row, typed. */
    public record Line(int row, String schemeId, String name, int startYear, FundingSource source, String type, String areaOfSpend,
                       Commissioner commissioner, String provider, BigDecimal planned) {
    }

    /** The good rows, and a problem for every bad cell. */
    public record Result(List<Line> lines, List<SheetProblem> problems) {
    }

    public static Result read(List<SheetRow> rows, Set<Integer> planYears) {
        List<Line> lines = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        for (SheetRow row : rows) {
            int before = problems.size();
            String schemeId = text(row, SCHEME_ID, 20, false, problems);
            String name = text(row, NAME, 300, true, problems);
            Integer year = year(row, planYears, problems);
            FundingSource source = source(row, problems);
            String type = text(row, TYPE, 200, true, problems);
            String area = text(row, AREA, 100, true, problems);
            Commissioner commissioner = commissioner(row, problems);
            String provider = text(row, PROVIDER, 200, true, problems);
            BigDecimal planned = money(row, problems);
            if (problems.size() == before) {
                lines.add(new Line(row.number(), schemeId, name, year, source, type, area, commissioner, provider, planned));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new SheetProblem(0, null, "has no scheme lines under its column names"));
        }
        return new Result(lines, problems);
    }

    private static String text(SheetRow row, String column, int max, boolean required, List<SheetProblem> problems) {
        String value = required ? row.requiredText(column, problems) : row.text(column);
        if (value != null && value.length() > max) {
            problems.add(new SheetProblem(row.number(), column, "is " + value.length() + " characters long; at most " + max + " fit"));
        }
        return value;
    }

    private static Integer year(SheetRow row, Set<Integer> planYears, List<SheetProblem> problems) {
        String value = row.requiredText(YEAR, problems);
        if (value == null) {
            return null;
        }
        try {
            int year = Years.parse(YEAR, value);
            if (!planYears.contains(year)) {
                problems.add(new SheetProblem(row.number(), YEAR, Years.code(year) + " is not a year of this plan"));
                return null;
            }
            return year;
        } catch (InvalidInputException e) {
            problems.add(new SheetProblem(row.number(), YEAR, "'" + value + "' is not a financial year like 2023-24"));
            return null;
        }
    }

    private static FundingSource source(SheetRow row, List<SheetProblem> problems) {
        String value = row.requiredText(SOURCE, problems);
        if (value == null) {
            return null;
        }
        FundingSource source = FundingSource.byName(value).orElse(null);
        if (source == null) {
            problems.add(new SheetProblem(row.number(), SOURCE, "'" + value + "' is not a funding source; use one of " + FundingSource.names()));
        }
        return source;
    }

    private static Commissioner commissioner(SheetRow row, List<SheetProblem> problems) {
        String value = row.requiredText(COMMISSIONER, problems);
        if (value == null) {
            return null;
        }
        String key = value.strip().toUpperCase(Locale.UK);
        for (Commissioner c : Commissioner.values()) {
            if (c.name().equals(key) || c.label().equalsIgnoreCase(value.strip())) {
                return c;
            }
        }
        problems.add(new SheetProblem(row.number(), COMMISSIONER, "'" + value + "' is not LA, NHS or Joint"));
        return null;
    }

    private static BigDecimal money(SheetRow row, List<SheetProblem> problems) {
        if (row.text(PLANNED) == null) {
            problems.add(new SheetProblem(row.number(), PLANNED, "is empty; it is required"));
            return null;
        }
        int before = problems.size();
        BigDecimal amount = row.decimal(PLANNED, problems);
        if (problems.size() > before || amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            problems.add(new SheetProblem(row.number(), PLANNED, amount.toPlainString() + " is negative; planned spend is zero or more pounds"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new SheetProblem(row.number(), PLANNED, amount.toPlainString() + " has fractions of a penny; use at most two decimal places"));
            return null;
        }
        return amount.setScale(2);
    }
}

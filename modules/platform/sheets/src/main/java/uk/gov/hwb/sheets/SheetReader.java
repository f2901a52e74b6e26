package uk.gov.hwb.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an uploaded XLSX file by named columns: the first non-empty row holds
 * the column names (matched ignoring case, spaces and punctuation, so "Planned (£)" is
 * {@code planned}); every later non-empty row is a {@link SheetRow}.
 *
 * <p>Uploads are bounded twice: by size before POI sees them ({@code maxBytes}), and by POI's
 * zip-bomb guards (a minimum inflate ratio, a maximum entry size and text size), so a small file
 * cannot expand to fill the heap. Formulas are read as their cached values, never evaluated.
 */
public final class SheetReader {

    /** The most rows a sheet may have; more is refused rather than read. */
    public static final int MAX_ROWS = 10_000;
    private static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(10_000_000);
    }

    private SheetReader() {
    }

    /**
     * The rows of the file's first sheet.
     *
     * @param content  the upload; no more than {@code maxBytes} + 1 bytes are read from it
     * @param required columns that must be present (else nothing is read)
     * @param optional columns read when present
     * @throws SheetException when the file is too large, is not an XLSX workbook, or lacks a required column
     */
    public static List<SheetRow> read(InputStream content, long maxBytes, List<String> required, List<String> optional) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw problem("the upload could not be read: " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw problem("is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw problem("is not an Excel workbook (.xlsx)");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return rows(workbook.getSheetAt(0), required, optional);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetException sheet) {
                throw sheet;
            }
            throw problem("is not a readable Excel workbook (.xlsx): " + e.getMessage());
        }
    }

    private static List<SheetRow> rows(Sheet sheet, List<String> required, List<String> optional) {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        Map<String, Integer> columns = null;
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (isBlank(row, formatter)) {
                continue;
            }
            if (columns == null) {
                columns = header(row, formatter, required, optional);
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                throw problem("has more than " + MAX_ROWS + " rows");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                values.put(column.getKey(), value(row.getCell(column.getValue()), formatter));
            }
            rows.add(new SheetRow(row.getRowNum() + 1, values));
        }
        if (columns == null) {
            throw problem("is empty: the first row should name the columns " + required);
        }
        return rows;
    }

    private static Map<String, Integer> header(Row row, DataFormatter formatter, List<String> required, List<String> optional) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Cell cell : row) {
            String name = key(formatter.formatCellValue(cell));
            for (String wanted : concat(required, optional)) {
                if (key(wanted).equals(name) && !found.containsKey(wanted)) {
                    found.put(wanted, cell.getColumnIndex());
                }
            }
        }
        List<SheetProblem> missing = required.stream().filter(c -> !found.containsKey(c))
                .map(c -> new SheetProblem(row.getRowNum() + 1, c, "no column with this name; the first row must name the columns "
                        + String.join(", ", required))).toList();
        if (!missing.isEmpty()) {
            throw new SheetException(missing);
        }
        return found;
    }

    private static String value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            // The shortest decimal that reads back as the stored double: 1234.56, never 1234.5599999.
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString();
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.UK).replaceAll("\\(.*?\\)", "").replaceAll("[^a-z0-9]", "");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static SheetException problem(String message) {
        return new SheetException(List.of(new SheetProblem(0, null, message)));
    }
}

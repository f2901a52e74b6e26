package uk.gov.hwb.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook of named sheets, each a header row and rows of cells. Text is always a text
 * cell, and text starting with {@code = + - @} (or a tab or carriage return) is also marked
 * quote-prefixed, so nothing a user typed can become a formula in Excel or in a CSV saved from it.
 * Money is a number cell formatted in pounds; percentages and other figures are number cells.
 */
public final class SheetWriter implements AutoCloseable {

    /** How a value is written. */
    public enum Kind { TEXT, MONEY, NUMBER, DATE }

    /** A cell to write: the value (null for an empty cell) and how to write it. */
    public record Value(Object value, Kind kind) {
        public static Value text(String text) { return new Value(text, Kind.TEXT); }
        public static Value money(BigDecimal amount) { return new Value(amount, Kind.MONEY); }
        public static Value number(BigDecimal number) { return new Value(number, Kind.NUMBER); }
        public static Value date(LocalDate date) { return new Value(date, Kind.DATE); }
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle money;
    private final CellStyle date;
    private final CellStyle guarded;

    public SheetWriter() {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("£#,##0.00;-£#,##0.00"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        guarded = workbook.createCellStyle();
        guarded.setQuotePrefixed(true);
    }

    /** Adds a sheet with a bold header row and the given rows. */
    public SheetWriter sheet(String name, List<String> columns, List<List<Value>> rows) {
        Sheet sheet = workbook.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(header);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Value> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                write(row.createCell(c), values.get(c));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.autoSizeColumn(c);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    private void write(Cell cell, Value value) {
        if (value == null || value.value() == null) {
            return;
        }
        switch (value.kind()) {
            case TEXT -> {
                String text = value.value().toString();
                cell.setCellValue(text);
                if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                    cell.setCellStyle(guarded);
                }
            }
            case MONEY -> {
                cell.setCellValue(((BigDecimal) value.value()).doubleValue());
                cell.setCellStyle(money);
            }
            case NUMBER -> cell.setCellValue(((BigDecimal) value.value()).doubleValue());
            case DATE -> {
                cell.setCellValue((LocalDate) value.value());
                cell.setCellStyle(date);
            }
        }
    }

    /** The workbook as XLSX bytes. */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

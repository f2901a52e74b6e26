package uk.gov.hwb.bcf.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The return as the national template's workbook, read back with POI (numbers are doubles in XLSX; compare as numbers). */
class ReturnWorkbookTest {

    @Test
    void itHasTheTemplatesSheetsAndTheFundingTotals() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReturnWorkbook.write(ReturnSnapshotFormatTest.snapshot())))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetName(0)).isEqualTo("Cover");
            assertThat(book.getSheetName(4)).isEqualTo("Capacity and demand");
            Sheet income = book.getSheet("Income");
            Row total = income.getRow(8);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(28_156_886d);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(28_156_886d);
            assertThat(income.getRow(2).getCell(1).getNumericCellValue()).as("Minimum NHS Contribution").isEqualTo(15_977_498d);
            Sheet metrics = book.getSheet("Metrics");
            assertThat(text(metrics, "Off track: 1.4 points below the target of 80%.")).isTrue();
            assertThat(book.getSheet("Capacity and demand").getRow(9).getCell(5).getNumericCellValue()).as("December: 60 + 20%").isEqualTo(72d);
        }
    }

    @Test
    void textAUserTypedNeverBecomesAFormula() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReturnWorkbook.write(ReturnSnapshotFormatTest.snapshot())))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Cell provider = book.getSheet("Expenditure").getRow(1).getCell(5);
            assertThat(provider.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
            assertThat(provider.getCellStyle().getQuotePrefixed()).isTrue();
            Sheet cover = book.getSheet("Cover");
            for (String typed : new String[] {"-1 challenge", "+ achievements", "@support"}) {
                Cell cell = find(cover, typed);
                assertThat(cell).as(typed).isNotNull();
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(typed).isTrue();
            }
        }
    }

    private static boolean text(Sheet sheet, String wanted) {
        return find(sheet, wanted) != null;
    }

    private static Cell find(Sheet sheet, String wanted) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(wanted)) {
                    return cell;
                }
            }
        }
        return null;
    }
}

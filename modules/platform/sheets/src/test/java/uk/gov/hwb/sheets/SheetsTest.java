package uk.gov.hwb.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetsTest {

    private static byte[] workbook(List<String> columns, List<List<SheetWriter.Value>> rows) {
        try (SheetWriter writer = new SheetWriter()) {
            return writer.sheet("Schemes", columns, rows).toBytes();
        }
    }

    @Test
    void rowsAreReadByNamedColumnsWithTheirExcelRowNumbers() {
        byte[] xlsx = workbook(List.of("Name", "Planned (£)", "Start date"), List.of(
                List.of(SheetWriter.Value.text("Reablement"), SheetWriter.Value.money(new BigDecimal("1234.56")), SheetWriter.Value.date(LocalDate.of(2024, 4, 1))),
                List.of(SheetWriter.Value.text("Carers"), SheetWriter.Value.text("abc"), SheetWriter.Value.text("31/03/2025"))));
        List<SheetRow> rows = SheetReader.read(new ByteArrayInputStream(xlsx), 1_000_000, List.of("name", "planned"), List.of("start date", "notes"));
        assertThat(rows).hasSize(2);
        List<SheetProblem> problems = new ArrayList<>();
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).text("name")).isEqualTo("Reablement");
        assertThat(rows.get(0).decimal("planned", problems)).isEqualByComparingTo("1234.56");
        assertThat(rows.get(0).date("start date", problems)).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(rows.get(1).date("start date", problems)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(rows.get(1).text("notes")).isNull();
        assertThat(problems).isEmpty();
        assertThat(rows.get(1).decimal("planned", problems)).isNull();
        assertThat(problems).containsExactly(new SheetProblem(3, "planned", "'abc' is not a number"));
        assertThat(problems.get(0).describe()).isEqualTo("Row 3, column planned: 'abc' is not a number");
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        byte[] xlsx = workbook(List.of("Name"), List.of(List.of(SheetWriter.Value.text("x"))));
        assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream(xlsx), 1_000_000, List.of("name", "planned"), List.of()))
                .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.problems()).extracting(SheetProblem::column).containsExactly("planned"));
    }

    @Test
    void notAWorkbookOrTooLargeIsRefusedBeforePoiReadsIt() {
        assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream("name,planned".getBytes(StandardCharsets.UTF_8)), 1000, List.of("name"), List.of()))
                .hasMessageContaining("not an Excel workbook");
        byte[] xlsx = workbook(List.of("Name"), List.of());
        assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream(xlsx), 100, List.of("name"), List.of()))
                .hasMessageContaining("larger than the limit");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(new byte[20_000_000]); // zeros compress ~1000:1
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(100_000);
        assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream(bytes.toByteArray()), 1_000_000, List.of("name"), List.of()))
                .isInstanceOf(SheetException.class);
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        byte[] xlsx = workbook(List.of("Commentary"), List.of(List.of(SheetWriter.Value.text("=HYPERLINK(\"http://evil\")")),
                List.of(SheetWriter.Value.text("+1")), List.of(SheetWriter.Value.text("plain"))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}

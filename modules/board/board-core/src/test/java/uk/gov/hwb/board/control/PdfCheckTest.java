package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.TooLargeException;

class PdfCheckTest {

    static byte[] pdf(String text, int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void acceptsARealPdfAndReadsItsPagesTextAndChecksum() throws IOException {
        byte[] content = pdf("Quarter 2 return", 3);
        PdfCheck.CheckedPdf checked = PdfCheck.check(content, 1_000_000);
        assertThat(checked.pageCount()).isEqualTo(3);
        assertThat(checked.text()).contains("Quarter 2 return");
        assertThat(checked.sha256()).hasSize(64).isEqualTo(PdfCheck.sha256(content));
    }

    @Test
    void refusesTextCalledPdfAndATruncatedPdf() throws IOException {
        assertThatThrownBy(() -> PdfCheck.check("just some text".getBytes(StandardCharsets.UTF_8), 1_000_000))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a PDF");
        byte[] broken = "%PDF-1.7\nnot really".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PdfCheck.check(broken, 1_000_000)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesFilesOverTheLimit() throws IOException {
        byte[] content = pdf("big", 1);
        assertThatThrownBy(() -> PdfCheck.check(content, content.length - 1)).isInstanceOf(TooLargeException.class)
                .hasMessageContaining("at most");
    }
}

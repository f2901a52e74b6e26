package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.reports.PackAssembler;
import uk.gov.hwb.reports.PackPart;
import uk.gov.hwb.reports.PageRange;
import uk.gov.hwb.reports.PdfRenderer;
import uk.gov.hwb.reports.TestPdfs;

/** The board's front sheet and report, rendered by the PDF engine, and a supplementary pack built from them. */
class BoardDocumentsTest {

    static final BoardDocuments DOCUMENTS = new BoardDocuments(new PdfRenderer());

    static final FrontSheet SUPPLEMENTARY = new FrontSheet("Southend-on-Sea City Council",
            "Civic Centre, Victoria Avenue, Southend-on-Sea, Essex SS2 6ER",
            "SUPPLEMENTARY REPORTS PACK: AGENDA ITEMS 7, 9 AND 10", "HEALTH & WELLBEING BOARD - TUESDAY, 10TH DECEMBER, 2024",
            "Tuesday 10 December 2024, 5.00 pm", "Council Chamber, Civic Centre", "6 December 2024",
            "Please find enclosed the following reports that were unavailable when the agenda was printed.",
            "Rob Harris, Principal Democratic Services Officer",
            List.of(new FrontSheet.Entry(7, "SEND Reporting (18.05)", "SEND Project Officer", "Matt Small"),
                    new FrontSheet.Entry(9, "Ageing Well, Caring Well and Living Well Strategies (18.40)", "Lead Commissioner (Older People)", null),
                    new FrontSheet.Entry(10, "Better Care Fund Update (for information)", "Lead Commissioner (Older People)", null)));

    @Test
    void theFrontSheetIsATaggedPdfWithTheAgendaAndItsPageRanges() throws IOException {
        byte[] pdf = DOCUMENTS.frontSheet(SUPPLEMENTARY, java.util.Map.of(7, new PageRange(7, 3, 60), 9, new PageRange(9, 61, 96),
                10, new PageRange(10, 97, 104)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // long lines wrap
            assertThat(text).contains("SUPPLEMENTARY REPORTS PACK: AGENDA ITEMS 7, 9 AND 10", "SEND Reporting (18.05) (Pages 3 - 60)",
                    "(Pages 61 - 96)", "Better Care Fund Update (for information) (Pages 97 - 104)", "Report of Lead Commissioner (Older People)", "Report of SEND Project Officer. Presented by Matt Small",
                    "Issued 6 December 2024");
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).contains("SUPPLEMENTARY REPORTS PACK");
        }
    }

    @Test
    void aSupplementaryPackRangesStartAtPageThreeAndMatchItsPages() throws IOException {
        List<PackPart> parts = List.of(
                new PackPart(7, "7. SEND Reporting", false, false, TestPdfs.document("SEND report", 58)),
                new PackPart(9, "9. Ageing Well, Caring Well and Living Well Strategies", false, false, TestPdfs.document("Strategies report", 35)),
                new PackPart(10, "10. Better Care Fund Update", false, false, TestPdfs.document("BCF report", 8)));
        PackAssembler.Pack pack = PackAssembler.assemble(ranges -> DOCUMENTS.frontSheet(SUPPLEMENTARY, ranges), parts, false,
                new PackAssembler.Metadata("Supplementary pack", "Southend-on-Sea City Council", "Supplementary reports pack"));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "supplementary-pack-example.pdf"), pack.pdf()); // for people to look at
        List<String> pages = TestPdfs.pageTexts(pack.pdf());
        String front = pages.get(0).replaceAll("\\s+", " ");
        int send = TestPdfs.pageOf(pages, "SEND report page 1 of");
        int strategies = TestPdfs.pageOf(pages, "Strategies report page 1 of");
        int bcf = TestPdfs.pageOf(pages, "BCF report page 1 of");
        assertThat(send).isEqualTo(3);
        assertThat(front).contains("(Pages " + send + " - " + TestPdfs.pageOf(pages, "SEND report page 58 of") + ")")
                .contains("(Pages " + strategies + " - " + TestPdfs.pageOf(pages, "Strategies report page 35 of") + ")")
                .contains("(Pages " + bcf + " - " + TestPdfs.pageOf(pages, "BCF report page 8 of") + ")");
        assertThat(pages).hasSize(pack.pageCount());
    }

    @Test
    void aReportPrintsItsCoverAndNumberedSections() throws IOException {
        byte[] pdf = DOCUMENTS.report(new ReportDocument("Health and Wellbeing Board", "10 December 2024", "Part 1", "No",
                "SEND and Strategic Action Plan Update", "Micheal Marks", "Matt Small, SEND Consultant", null,
                List.of(ReportDocument.Line.paragraph("1. Executive Summary", "1.1",
                                "To update the Health and Well-being Board on the SEND Area Strategic Action Plan progress."),
                        ReportDocument.Line.paragraph("2. Recommendations", "2.1", "To note progress."),
                        ReportDocument.Line.paragraph("2. Recommendations", "2.2", "To agree the Self Evaluation Framework (SEF)."))));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("SEND and Strategic Action Plan Update", "Meeting Health and Wellbeing Board", "Classification Part 1",
                    "Executive Director Micheal Marks", "1. Executive Summary", "1.1 To update the Health", "2.2 To agree the Self Evaluation");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("SEND and Strategic Action Plan Update");
        }
    }
}

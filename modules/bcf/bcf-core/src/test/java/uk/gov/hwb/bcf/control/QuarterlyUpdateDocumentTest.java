package uk.gov.hwb.bcf.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.reports.PdfRenderer;
import uk.gov.hwb.reports.Rendering;

/** The quarterly update drawn from seed 002's figures, rendered by the real pipeline and read back. */
class QuarterlyUpdateDocumentTest {

    private static Rendering rendering() {
        return QuarterlyUpdateDocument.rendering(Samples.plan(), 2023, 2, List.of(Samples.funding(true), Samples.funding(false)), Samples.metrics(),
                Samples.capacity(), Samples.submittedReturn("Estimating demand"), "Health and Wellbeing Board", LocalDate.of(2024, 12, 10));
    }

    @Test
    void itPrintsTheFundingTableOfBothYearsTheMetricsWithTheirStatusAndTheChecks() throws Exception {
        byte[] pdf = new PdfRenderer().render(rendering());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Better Care Fund quarterly update: Quarter 2 2023/24")
                    .contains("2023/24 Total £28,156,886 £28,156,886 £0")
                    .contains("2024/25 Total £29,888,629 £29,888,629 £0")
                    .contains("Reablement 80% 74.5% 78.6% Off track")
                    .contains("Residential admissions 549 per 100,000 549 – No data")
                    .contains("Falls 2,100 per 100,000 627.9 – No data")
                    .contains("Latest figure, Q1 2023/24: Off track: projected 2,511.6 per 100,000 for the year")
                    .contains("Check: The commentary says \"below target by 2.4%\"")
                    .contains("December 2023, January 2024, February 2024")
                    .contains("Signed off by Councillor Maxine Sadza, chair of the Health and Wellbeing Board");
        }
    }

    @Test
    void veraPdfFindsNoPdfUaFailureInTheUpdateDrawnFromTheFigures() throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        byte[] pdf = new PdfRenderer().render(rendering());
        try (var parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(new java.io.ByteArrayInputStream(pdf),
                org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1);
             var validator = org.verapdf.pdfa.Foundries.defaultInstance().createValidator(org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1, false)) {
            var failed = validator.validate(parser).getTestAssertions().stream()
                    .filter(a -> a.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()).distinct().toList();
            assertThat(failed).as("PDF/UA-1 rules failed").isEmpty();
        }
    }

    @Test
    void aLongUpdateBreaksPagesBetweenTableRowsNeverInsideOne() throws Exception {
        // Rows whose last cell wraps onto three lines, enough to cross pages: a row split across a page break would repeat its
        // cells' structure tags and break the tag tree (Jasper then fails with an EmptyStackException, or the PDF loses PDF/UA).
        var capacity = Samples.capacity();
        List<uk.gov.hwb.bcf.api.CapacityLineDto> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 45; i++) {
            lines.add(capacity.lines().get(0));
        }
        var many = new uk.gov.hwb.bcf.api.CapacityDto(3, "2023-24", capacity.uplifts(), capacity.upliftSentence(), lines, 2);
        Rendering lengthy = QuarterlyUpdateDocument.rendering(Samples.plan(), 2023, 2, List.of(Samples.funding(true), Samples.funding(false)),
                Samples.metrics(), many, Samples.submittedReturn("x"), "Health and Wellbeing Board", LocalDate.of(2024, 12, 10));
        byte[] pdf = new PdfRenderer().render(lengthy);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Quarterly return – Quarter 2 2023/24");
        }
    }

    @Test
    void tablesAreClosedByTheirLastRow() {
        List<? extends Map<String, ?>> rows = rendering().rows();
        for (String kind : List.of("fund", "metric", "cap")) {
            List<? extends Map<String, ?>> table = rows.stream().filter(r -> String.valueOf(r.get("kind")).startsWith(kind)
                    && !String.valueOf(r.get("kind")).endsWith("Head")).toList();
            assertThat(table.get(table.size() - 1).get("last")).as(kind).isEqualTo(true);
            assertThat(table.stream().filter(r -> Boolean.TRUE.equals(r.get("last")))).as(kind).hasSize(1);
        }
    }
}

package uk.gov.hwb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * The assembled pack is accessible as a whole (Public Sector Bodies Accessibility Regulations
 * 2018; PDF/UA-1, ISO 14289-1): built from generated (tagged) documents, veraPDF's PDF/UA-1
 * check finds 0 failed rules in the public pack and in the members' pack with its watermark;
 * the parts' structure trees are merged in pack order; stamped page numbers, blank-page text and
 * the watermark are artifacts; bookmarks and page labels are there. A pack holding an untagged
 * document says which, and does not claim PDF/UA.
 */
class PackAccessibilityTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static final PackAssembler.Metadata META = new PackAssembler.Metadata("Public Document Pack – Health and Wellbeing Board, 10 December 2024",
            "Southend-on-Sea City Council", "Public Document Pack");

    @BeforeAll
    static void foundry() {
        System.setProperty("java.awt.headless", "true");
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Function<Map<Integer, PageRange>, byte[]> frontSheet() {
        return ranges -> {
            Map<String, Object> p = new HashMap<>();
            p.put("council", "Southend-on-Sea City Council");
            p.put("address", "Civic Centre, Victoria Avenue, Southend-on-Sea, Essex SS2 6ER");
            p.put("packTitle", "PUBLIC DOCUMENT PACK");
            p.put("heading", "HEALTH & WELLBEING BOARD - TUESDAY, 10TH DECEMBER, 2024");
            p.put("meeting", "Tuesday 10 December 2024, 5.00 pm");
            p.put("venue", "Council Chamber, Civic Centre");
            p.put("issued", "2 December 2024");
            p.put("introduction", "Please find enclosed the agenda and reports.");
            p.put("contact", "Rob Harris, Principal Democratic Services Officer");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int item : List.of(7, 9, 10)) {
                PageRange range = ranges.get(item);
                rows.add(Map.of("number", String.valueOf(item), "title", "Item " + item + (range == null ? "" : " (" + range.label() + ")"),
                        "reportOf", "Report of the Lead Commissioner"));
            }
            return RENDERER.render(new Rendering("board/front-sheet", p, rows, META.title(), META.author(), META.subject()));
        };
    }

    static byte[] report(String title, int paragraphs) {
        Map<String, Object> p = new HashMap<>();
        p.put("meeting", "Health and Wellbeing Board");
        p.put("date", "10 December 2024");
        p.put("classification", "Part 1");
        p.put("keyDecision", "No");
        p.put("title", title);
        p.put("executiveDirector", "Micheal Marks");
        p.put("reportAuthor", "Matt Small, SEND Consultant");
        p.put("executiveCouncillor", null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int k = 0; k < paragraphs; k++) {
            Map<String, Object> row = new HashMap<>();
            row.put("heading", k % 8 == 0);
            row.put("number", k % 8 == 0 ? null : (k / 8 + 1) + "." + (k % 8));
            row.put("text", k % 8 == 0 ? (k / 8 + 1) + ". Section" : "Paragraph " + k + " of " + title + ". " + "The board is asked to note progress. ".repeat(6));
            rows.add(row);
        }
        return RENDERER.render(new Rendering("board/report", p, rows, title, "Matt Small", "Health and Wellbeing Board, 10 December 2024"));
    }

    static List<PackPart> generatedParts() {
        return List.of(
                new PackPart(7, "7. SEND Reporting", false, false, report("SEND Reporting", 60)),
                new PackPart(7, "Appendix 1 – Action plan", true, false, report("SEND action plan", 9)),
                new PackPart(9, "9. Adult Social Care Strategies", false, false, report("Adult Social Care Strategies", 30)),
                new PackPart(10, "10. Contract award", false, true, report("Contract award", 20)));
    }

    @Test
    void thePublicPackOfGeneratedDocumentsPassesPdfUa() throws Exception {
        List<PackPart> parts = generatedParts().stream().filter(p -> !p.confidential()).toList();
        PackAssembler.Pack pack = PackAssembler.assemble(frontSheet(), parts, false, META);
        assertThat(TemplatesTest.failedRules(pack.pdf())).as("PDF/UA-1 rules failed by the public pack").isEmpty();
        assertThat(pack.fullyTagged()).isTrue();
        assertThat(new String(pack.pdf(), StandardCharsets.ISO_8859_1)).contains("pdfuaid:part>1<");
        try (PDDocument doc = Loader.loadPDF(pack.pdf())) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(parts(doc)).containsExactly("Front sheet and agenda", "7. SEND Reporting", "Appendix 1 – Action plan",
                    "9. Adult Social Care Strategies");
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertThat(labels).hasSize(doc.getNumberOfPages());
            assertThat(labels[0]).isEqualTo("1");
            assertThat(labels[labels.length - 1]).isEqualTo(String.valueOf(doc.getNumberOfPages()));
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).extracting(i -> i.getTitle())
                    .containsExactly("Front sheet and agenda", "7. SEND Reporting", "9. Adult Social Care Strategies");
        }
        List<String> pages = TestPdfs.pageTexts(pack.pdf());
        assertThat(String.join("", pages)).contains(PackAssembler.BLANK_PAGE_TEXT);
        for (int p = 1; p <= pages.size(); p++) {
            assertThat(pages.get(p - 1)).as("footer of page " + p).contains("Page " + p);
        }
    }

    @Test
    void theMembersPackWithItsWatermarkPassesPdfUa() throws Exception {
        PackAssembler.Pack pack = PackAssembler.assemble(frontSheet(), generatedParts(), true, META);
        assertThat(TemplatesTest.failedRules(pack.pdf())).as("PDF/UA-1 rules failed by the members' pack").isEmpty();
        List<String> pages = TestPdfs.pageTexts(pack.pdf());
        assertThat(String.join("", pages).replaceAll("\\s", "")).contains(PackAssembler.WATERMARK.replaceAll("\\s", ""));
        try (PDDocument doc = Loader.loadPDF(pack.pdf())) {
            assertThat(parts(doc)).endsWith("10. Contract award");
        }
    }

    @Test
    void aPackWithAnUntaggedAppendixNamesItAndDoesNotClaimPdfUa() throws Exception {
        List<PackPart> parts = new ArrayList<>(generatedParts().subList(0, 1));
        parts.add(new PackPart(7, "Appendix 2 – Scanned letter", true, false, TestPdfs.document("Scanned letter", 2)));
        PackAssembler.Pack pack = PackAssembler.assemble(frontSheet(), parts, false, META);
        assertThat(pack.untagged()).containsExactly("Appendix 2 – Scanned letter");
        assertThat(pack.fullyTagged()).isFalse();
        assertThat(new String(pack.pdf(), StandardCharsets.ISO_8859_1)).doesNotContain("pdfuaid:part>1<");
        assertThat(PackAssembler.tagged(TestPdfs.document("Scanned letter", 1))).isFalse();
        assertThat(PackAssembler.tagged(report("Tagged", 3))).isTrue();
        try (PDDocument doc = Loader.loadPDF(pack.pdf())) {
            // The tagged documents keep their structure; the scan has none to keep.
            assertThat(parts(doc)).containsExactly("Front sheet and agenda", "7. SEND Reporting");
        }
        // Only the untagged pages' content fails: everything the assembler added is an artifact.
        assertThat(TemplatesTest.failedRules(pack.pdf())).allMatch(rule -> rule.startsWith("7.1-3 ") || rule.startsWith("7.21.4.1-1 ")
                || rule.startsWith("5-1 "), "only untagged or unembedded content of the scanned appendix, or the missing PDF/UA claim");
    }

    /** Titles of the Part elements under the pack's Document element, in order. */
    private static List<String> parts(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        PDStructureNode root = doc.getDocumentCatalog().getStructureTreeRoot();
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement document) {
                assertThat(document.getStructureType()).isEqualTo(COSName.DOCUMENT.getName());
                for (Object part : document.getKids()) {
                    if (part instanceof PDStructureElement element) {
                        assertThat(element.getStructureType()).isEqualTo("Part");
                        titles.add(element.getTitle());
                    }
                }
            }
        }
        return titles;
    }
}

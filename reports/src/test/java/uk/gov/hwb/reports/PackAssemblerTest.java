package uk.gov.hwb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PackAssemblerTest {

    /** A front sheet listing each item with its page range, on as many pages as asked. */
    static Function<Map<Integer, PageRange>, byte[]> frontSheet(int pages, List<Integer> items) {
        return ranges -> {
            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                for (int k = 1; k <= pages; k++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    List<String> lines = new ArrayList<>(List.of("Public Document Pack"));
                    if (k == 1) {
                        for (int item : items) {
                            PageRange range = ranges.get(item);
                            lines.add("Item " + item + (range == null ? "" : " (" + range.label() + ")"));
                        }
                    }
                    TestPdfs.write(doc, page, lines);
                }
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }


    private static final PackAssembler.Metadata META = new PackAssembler.Metadata("Health and Wellbeing Board, 10 December 2024",
            "Southend-on-Sea City Council", "Public Document Pack");

    @Test
    void everyDocumentStartsOnAnOddPageAndTheFrontSheetRangesMatchTheRealPages() throws IOException {
        List<PackPart> parts = List.of(
                new PackPart(7, "7. SEND Reporting", false, false, TestPdfs.document("SEND report", 7)),
                new PackPart(7, "Appendix 1 – Action plan", true, false, TestPdfs.document("SEND appendix", 2)),
                new PackPart(9, "9. Strategies", false, false, TestPdfs.document("Strategies report", 1)),
                new PackPart(10, "10. Better Care Fund", false, false, TestPdfs.document("BCF report", 10)));

        PackAssembler.Pack pack = PackAssembler.assemble(frontSheet(1, List.of(7, 9, 10)), parts, false, META);
        List<String> pages = TestPdfs.pageTexts(pack.pdf());

        // Front sheet 1, blank 2, SEND 3-9, blank 10, appendix 11-12, strategies 13, blank 14, BCF 15-24.
        assertThat(pages).hasSize(24);
        assertThat(pack.pageCount()).isEqualTo(24);
        for (String start : List.of("SEND report page 1 of", "SEND appendix page 1 of", "Strategies report page 1 of", "BCF report page 1 of")) {
            assertThat(TestPdfs.pageOf(pages, start) % 2).as(start + " starts on an odd page").isEqualTo(1);
        }
        List<Integer> blanks = new ArrayList<>();
        for (int p = 1; p <= pages.size(); p++) {
            if (pages.get(p - 1).contains(PackAssembler.BLANK_PAGE_TEXT)) {
                blanks.add(p);
            }
        }
        assertThat(blanks).containsExactly(2, 10, 14);
        for (int p = 1; p <= pages.size(); p++) {
            assertThat(pages.get(p - 1)).as("footer of page " + p).contains("Page " + p);
        }

        String front = pages.get(0);
        assertThat(rangeIn(front, 7)).isEqualTo(TestPdfs.pageOf(pages, "SEND report page 1 of") + "-" + TestPdfs.pageOf(pages, "SEND appendix page 2 of"));
        assertThat(rangeIn(front, 9)).isEqualTo("13-13");
        assertThat(rangeIn(front, 10)).isEqualTo(TestPdfs.pageOf(pages, "BCF report page 1 of") + "-" + TestPdfs.pageOf(pages, "BCF report page 10 of"));
        assertThat(pack.ranges()).extracting(PageRange::label).containsExactly("Pages 3 - 12", "Page 13", "Pages 15 - 24");

        try (PDDocument doc = Loader.loadPDF(pack.pdf())) {
            List<String> outline = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
                targets.add(doc.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1);
                for (PDOutlineItem child : item.children()) {
                    outline.add("  " + child.getTitle());
                    targets.add(doc.getPages().indexOf(((PDPageDestination) child.getDestination()).getPage()) + 1);
                }
            }
            assertThat(outline).containsExactly("Front sheet and agenda", "7. SEND Reporting", "  Appendix 1 – Action plan", "9. Strategies",
                    "10. Better Care Fund");
            assertThat(targets).containsExactly(1, 3, 11, 13, 15);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Health and Wellbeing Board, 10 December 2024");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Southend-on-Sea City Council");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("Public Document Pack");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void aLongerFrontSheetMovesEveryRangeAndTheyStillMatch() throws IOException {
        List<PackPart> parts = List.of(new PackPart(1, "1. Report", false, false, TestPdfs.document("Only report", 3)));
        PackAssembler.Pack pack = PackAssembler.assemble(frontSheet(3, List.of(1)), parts, false, META);
        List<String> pages = TestPdfs.pageTexts(pack.pdf());
        assertThat(TestPdfs.pageOf(pages, "Only report page 1 of")).isEqualTo(5);
        assertThat(pages.get(3)).contains(PackAssembler.BLANK_PAGE_TEXT);
        assertThat(rangeIn(pages.get(0), 1)).isEqualTo("5-7");
    }

    @Test
    void confidentialPagesAreWatermarkedOnlyWhenAsked() throws IOException {
        List<PackPart> parts = List.of(
                new PackPart(1, "1. Open report", false, false, TestPdfs.document("Open report", 1)),
                new PackPart(2, "2. Contract award", false, true, TestPdfs.document("Secret report", 2)));
        List<String> members = TestPdfs.pageTexts(PackAssembler.assemble(frontSheet(1, List.of(1, 2)), parts, true, META).pdf());
        // The watermark runs diagonally, so text extraction breaks it into pieces: compare without whitespace.
        assertThat(members.get(TestPdfs.pageOf(members, "Secret report page 1 of") - 1).replaceAll("\\s", "")).contains(WATERMARK_TEXT);
        assertThat(members.get(TestPdfs.pageOf(members, "Secret report page 2 of") - 1).replaceAll("\\s", "")).contains(WATERMARK_TEXT);
        assertThat(members.get(TestPdfs.pageOf(members, "Open report page 1 of") - 1)).doesNotContain("CONFIDENTIAL");

        List<String> unmarked = TestPdfs.pageTexts(PackAssembler.assemble(frontSheet(1, List.of(1, 2)), parts, false, META).pdf());
        assertThat(String.join("", unmarked).replaceAll("\\s", "")).doesNotContain("CONFIDENTIAL");
    }

    private static final String WATERMARK_TEXT = PackAssembler.WATERMARK.replaceAll("\\s", "");

    /** "from-to" of an item's range as printed on the front sheet. */
    private static String rangeIn(String frontSheet, int item) {
        Matcher m = Pattern.compile("Item " + item + " \\((?:Pages (\\d+) - (\\d+)|Page (\\d+))\\)").matcher(frontSheet);
        assertThat(m.find()).as("range of item " + item + " in:\n" + frontSheet).isTrue();
        return m.group(3) != null ? m.group(3) + "-" + m.group(3) : m.group(1) + "-" + m.group(2);
    }
}

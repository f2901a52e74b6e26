package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.api.ReportSections;
import uk.gov.hwb.board.api.ReportStatus;

/**
 * The printed report as a reader holds it: a numbered list's numbers stand on the line of their
 * text, an empty section says "Not applicable" (the appendices "None") under its heading, and no
 * page holds only a heading, wherever the page breaks fall.
 */
class ReportPrintTest {

    static final Pattern HEADING = Pattern.compile("^(\\d{1,2}\\. [A-Z][A-Za-z ]+|Background Papers)$");

    static final String JUDGEMENTS = "<p>Under the revised 2023 Area SEND Inspection framework there are 3 possible outcome judgements:</p>"
            + "<ol><li>The local area partnership's SEND arrangements typically lead to positive experiences and outcomes for children and"
            + " young people with SEND.</li><li>The local area partnership's arrangements lead to inconsistent experiences and outcomes.</li>"
            + "<li>There are widespread and/or systemic failings leading to significant concerns.</li></ol>"
            + "<ul><li>Bulleted point one</li><li>Bulleted point two</li></ul>";

    static ReportDto report(String background) {
        return new ReportDto(1L, 1L, "Health and Wellbeing Board", java.time.LocalDate.of(2024, 12, 10), "SEND Reporting", Part.PART_1, null,
                false, "Micheal Marks", "Matt Small", null,
                new ReportSections("<p>To update the Board on the SEND Area Strategic Action Plan.</p>", List.of("To note progress."),
                        background, "<p>The Board oversees the plan.</p>", null, null, null, null, null, null, null),
                List.of(), ReportStatus.READY, true, true, "author", List.of(), List.of(), 0);
    }

    static byte[] print(ReportDto report) {
        return BoardDocumentsTest.DOCUMENTS.report(PackContents.report(report, ReportLayout.sections(report.sections(), report.appendices())));
    }

    /** Each page's lines as a reader sees them, top to bottom (text on one baseline is one line). */
    static List<List<String>> pages(byte[] pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            }
        }
        return pages;
    }

    @Test
    void aNumberedListsNumbersStandOnTheLineOfTheirText() throws IOException {
        List<String> lines = pages(print(report(JUDGEMENTS))).stream().flatMap(List::stream).toList();
        assertThat(lines).anyMatch(l -> l.startsWith("1. The local area partnership's SEND arrangements typically lead"))
                .anyMatch(l -> l.startsWith("2. The local area partnership's arrangements lead to inconsistent"))
                .anyMatch(l -> l.startsWith("3. There are widespread"))
                .anyMatch(l -> l.startsWith("• Bulleted point one"))
                .anyMatch(l -> l.startsWith("3.1 Under the revised 2023"));
        assertThat(lines).as("no number stands on a line of its own").noneMatch(l -> l.matches("\\d+\\.|•"));
    }

    @Test
    void anEmptySectionSaysSoUnderItsHeading() throws IOException {
        List<String> lines = pages(print(report(JUDGEMENTS))).stream().flatMap(List::stream).toList();
        for (String heading : List.of("5. Other Options", "9. Carbon Impact", "11. Consultation")) {
            assertThat(lines.get(lines.indexOf(heading) + 1)).as("after " + heading).isEqualTo("Not applicable.");
        }
        assertThat(lines.get(lines.indexOf("12. Appendices") + 1)).isEqualTo("None.");
    }

    @Test
    void noPageHoldsOnlyAHeadingOrEndsWithOne() throws IOException {
        // Longer and longer backgrounds move every later heading down the page, so some land where a page breaks.
        StringBuilder background = new StringBuilder(JUDGEMENTS);
        for (int paragraphs = 1; paragraphs <= 30; paragraphs++) {
            background.append("<p>Paragraph ").append(paragraphs).append(" of the background, long enough to take a line and a half of the"
                    + " printed page so that the breaks fall at different places each time.</p>");
            List<List<String>> pages = pages(print(report(background.toString())));
            for (int p = 0; p < pages.size(); p++) {
                List<String> page = pages.get(p);
                String where = paragraphs + " paragraphs, page " + (p + 1) + ": " + page;
                assertThat(page).as(where).anyMatch(l -> !HEADING.matcher(l).matches());
                assertThat(HEADING.matcher(page.get(page.size() - 1)).matches()).as("ends with a heading: " + where).isFalse();
            }
        }
    }
}

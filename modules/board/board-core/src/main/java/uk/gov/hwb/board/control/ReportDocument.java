package uk.gov.hwb.board.control;

import java.util.List;

/**
 * A report as the standard template prints it: the cover table, then its sections, each a heading
 * followed by numbered paragraphs and the items of the lists in them (plain text; a list item
 * keeps its own number or bullet on the line of its text).
 */
public record ReportDocument(String meeting, String date, String classification, String keyDecision, String title,
                             String executiveDirector, String reportAuthor, String executiveCouncillor, List<Line> lines) {

    /**
     * One printed line under a section's heading ({@code section}, "3. Background"): a paragraph with
     * its number ("3.1", or null), or a list item with its marker ("1.", "•").
     */
    public record Line(String section, String number, String marker, String text) {

        public static Line paragraph(String section, String number, String text) {
            return new Line(section, number, null, text);
        }

        public static Line item(String section, String marker, String text) {
            return new Line(section, null, marker, text);
        }
    }
}

package uk.gov.hwb.board.control;

import java.util.List;

/**
 * A report as the standard template prints it: the cover table, then its sections as headings
 * and numbered paragraphs (plain text; lists and tables come as their own unnumbered lines).
 */
public record ReportDocument(String meeting, String date, String classification, String keyDecision, String title,
                             String executiveDirector, String reportAuthor, String executiveCouncillor, List<Line> lines) {

    /** A section heading ("3. Background") or a paragraph with its number ("3.1", or null). */
    public record Line(boolean heading, String number, String text) {

        public static Line heading(String text) {
            return new Line(true, null, text);
        }

        public static Line paragraph(String number, String text) {
            return new Line(false, number, text);
        }
    }
}

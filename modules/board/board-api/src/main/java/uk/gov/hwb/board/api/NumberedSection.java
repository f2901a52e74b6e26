package uk.gov.hwb.board.api;

import java.util.List;

/** A report section as shown and printed: "3. Background" with paragraphs numbered 3.1, 3.2 … */
public record NumberedSection(int number, String heading, List<Paragraph> paragraphs) {

    /** A paragraph's number ("3.1", or null for a list or table that belongs to the paragraph before) and its HTML. */
    public record Paragraph(String number, String html) {
    }
}

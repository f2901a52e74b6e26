package uk.gov.hwb.board.control;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.api.NumberedSection;
import uk.gov.hwb.board.api.NumberedSection.Paragraph;
import uk.gov.hwb.board.api.ReportSections;

/**
 * Lays a report out as the standard template prints it: twelve numbered sections, each
 * paragraph numbered within its section (3.1, 3.2 …). Lists and tables belong to the paragraph
 * before them and are not numbered; each recommendation and each appendix is a paragraph.
 */
public final class ReportLayout {

    private ReportLayout() {
    }

    public static List<NumberedSection> sections(ReportSections sections, List<AppendixDto> appendices) {
        List<NumberedSection> out = new ArrayList<>();
        for (int n = 1; n <= ReportSections.HEADINGS.size(); n++) {
            String heading = ReportSections.HEADINGS.get(n - 1);
            List<Paragraph> paragraphs = switch (n) {
                case 2 -> listed(n, sections.recommendations() == null ? List.of() : sections.recommendations().stream().map(ReportLayout::escape).toList());
                case 12 -> listed(n, appendices.stream().map(a -> escape("Appendix " + a.number() + " – " + a.title())).toList());
                default -> paragraphs(n, sections.prose(n));
            };
            out.add(new NumberedSection(n, heading, paragraphs));
        }
        return out;
    }

    /** Numbers the top-level paragraphs of one section's HTML. */
    static List<Paragraph> paragraphs(int section, String html) {
        List<Paragraph> out = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return out;
        }
        int count = 0;
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    out.add(new Paragraph(section + "." + ++count, escape(text.text().strip())));
                }
            } else if (node instanceof Element element) {
                boolean numbered = !List.of("ul", "ol", "table").contains(element.tagName());
                out.add(new Paragraph(numbered ? section + "." + ++count : null, element.outerHtml()));
            }
        }
        return out;
    }

    private static List<Paragraph> listed(int section, List<String> htmlItems) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < htmlItems.size(); i++) {
            out.add(new Paragraph(section + "." + (i + 1), htmlItems.get(i)));
        }
        return out;
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}

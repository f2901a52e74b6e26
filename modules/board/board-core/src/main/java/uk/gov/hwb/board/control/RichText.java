package uk.gov.hwb.board.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Report text is HTML from the editor. On save it is cleaned to an allow-list of structural tags
 * (paragraphs, emphasis, lists, tables, headings, links over http(s) and mailto): scripts, styles,
 * event handlers, frames and any other markup are removed, keeping their text where harmless.
 */
public final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "sup", "sub", "ul", "ol", "li", "blockquote",
                    "h3", "h4", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a")
            .addAttributes("a", "href")
            .addAttributes("th", "scope", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    /** The cleaned HTML, or null when nothing readable is left. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, "", ALLOWED, COMPACT).strip();
        return Jsoup.parseBodyFragment(clean).text().isBlank() && !clean.contains("<table") ? null : clean;
    }

    /** Plain text of some HTML, for search and feeds. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text();
    }
}

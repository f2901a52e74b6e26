package uk.gov.hwb.board.control;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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
        String clean = Jsoup.clean(editorLists(html), "", ALLOWED, COMPACT).strip();
        return Jsoup.parseBodyFragment(clean).text().isBlank() && !clean.contains("<table") ? null : clean;
    }

    /**
     * The report editor (Quill 2) writes every list as {@code <ol>} and marks each item
     * {@code data-list="bullet"} or {@code "ordered"}; the allow-list drops that attribute, which would
     * turn bulleted lists into numbered ones. So each run of bulleted items becomes a {@code <ul>}.
     */
    static String editorLists(String html) {
        if (!html.contains("data-list")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element ol : doc.select("ol:has(> li[data-list])")) {
            List<Element> runs = new ArrayList<>();
            Element current = null;
            for (Element li : new ArrayList<>(ol.children())) {
                String tag = "bullet".equals(li.attr("data-list")) ? "ul" : "ol";
                if (current == null || !current.tagName().equals(tag)) {
                    current = new Element(tag);
                    runs.add(current);
                }
                current.appendChild(li.removeAttr("data-list"));
            }
            for (Element run : runs) {
                ol.before(run);
            }
            ol.remove();
        }
        doc.select("span.ql-ui").remove();
        return doc.body().html();
    }

    /** One item of a list as printed: its marker ("1.", "•", or "a." in a list inside a list) and its own text. */
    public record ListItem(String marker, String text) {
    }

    /**
     * The items of the list (or lists) a paragraph's HTML holds, in order, each with its own marker;
     * empty when the HTML is not a list. A list inside an item follows it, marked "a.", "b." (numbered)
     * or "–" (bulleted).
     */
    public static List<ListItem> listItems(String html) {
        List<ListItem> items = new ArrayList<>();
        if (html == null) {
            return items;
        }
        for (Element list : Jsoup.parseBodyFragment(html).body().children()) {
            if (!list.tagName().equals("ol") && !list.tagName().equals("ul")) {
                return List.of();
            }
            addItems(list, 0, items);
        }
        return items;
    }

    private static void addItems(Element list, int depth, List<ListItem> items) {
        boolean numbered = list.tagName().equals("ol");
        int n = 0;
        for (Element li : list.children()) {
            if (!li.tagName().equals("li")) {
                continue;
            }
            n++;
            String marker = numbered ? (depth == 0 ? n + "." : (char) ('a' + (n - 1) % 26) + ".") : (depth == 0 ? "•" : "–");
            StringBuilder own = new StringBuilder();
            List<Element> nested = new ArrayList<>();
            for (Node child : li.childNodes()) {
                if (child instanceof Element e && (e.tagName().equals("ol") || e.tagName().equals("ul"))) {
                    nested.add(e);
                } else {
                    own.append(child instanceof Element e ? e.text() : Jsoup.parseBodyFragment(child.outerHtml()).text()).append(' ');
                }
            }
            items.add(new ListItem(marker, own.toString().replaceAll("\\s+", " ").strip()));
            nested.forEach(e -> addItems(e, depth + 1, items));
        }
    }

    /** Plain text of some HTML, for search and feeds. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text();
    }
}

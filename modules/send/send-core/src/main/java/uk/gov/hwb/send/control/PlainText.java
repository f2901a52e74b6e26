package uk.gov.hwb.send.control;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * SEF entries, annual updates and progress notes are plain text. What users paste in may carry
 * markup (from Word or a web page) or script; it is removed here, on the way in, so nothing stored
 * can come back as markup: tags go, the content of script and style elements goes with them,
 * entities become their characters, and this is repeated until the text no longer changes (so an
 * escaped {@code &lt;script&gt;} cannot turn into a live one). Screens, the API and the PDFs then
 * print the text as text. Control characters become spaces.
 */
public final class PlainText {

    private static final int MAX_ROUNDS = 5;

    private PlainText() {
    }

    /** One line: markup removed, white space collapsed to single spaces, trimmed; null and blank become "". */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        String current = withoutControls(text).replaceAll("\\s+", " ").strip();
        for (int round = 0; round < MAX_ROUNDS && looksLikeMarkup(current); round++) {
            String next = Jsoup.parseBodyFragment(current).body().text().replaceAll("\\s+", " ").strip();
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** Lines, each cleaned as {@link #line}; blank lines dropped. */
    public static List<String> lines(List<String> texts) {
        List<String> clean = new ArrayList<>();
        if (texts != null) {
            for (String text : texts) {
                String line = line(text);
                if (!line.isEmpty()) {
                    clean.add(line);
                }
            }
        }
        return clean;
    }

    /** Paragraphs separated by a blank line, each cleaned as {@link #line}; null when nothing is left. */
    public static String paragraphs(String text) {
        if (text == null) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            String clean = line(paragraph);
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    /** A line or null when nothing is left of it. */
    public static String optional(String text) {
        String clean = line(text);
        return clean.isEmpty() ? null : clean;
    }

    private static boolean looksLikeMarkup(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('&') >= 0;
    }

    private static String withoutControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) && c != '\n' ? ' ' : c));
        return out.toString();
    }
}

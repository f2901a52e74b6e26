package uk.gov.hwb.platform.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for characters in stored text: what people can type, and nothing that breaks the
 * documents, feeds and open data made from it.
 *
 * <p>Refused everywhere: the C0 control characters (U+0000–U+001F) except tab, carriage return
 * and line feed; DEL (U+007F); the C1 controls (U+0080–U+009F); a lone half of a surrogate pair;
 * and U+FFFE and U+FFFF — together, everything XML 1.0 cannot carry plus the invisible controls
 * around it. Single-line text (names, titles, venues: see {@link SingleLine}) refuses tab, carriage
 * return and line feed too.
 *
 * <p>Where it is applied: JSON request bodies (the web module's {@code JsonInputCheck}, which
 * names the field by its JSON path), query and path parameters ({@code ParameterTextCheck}), every
 * form field on screen (the JSF default validator {@code PlainTextValidator}), and at the facades
 * through {@code Validations.requireValid}, which walks the input record. Output writers that must
 * never fail on text stored before the rule existed use {@link #forXml(String)}.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Why the text is refused, as a message for its field, or empty when it is fine. */
    public static Optional<String> problem(String text, boolean singleLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c, singleLine)) {
                if (c == '\n' || c == '\r' || c == '\t') {
                    return Optional.of("must be a single line: remove the " + (c == '\t' ? "tab" : "line break")
                            + " at character " + (i + 1));
                }
                return Optional.of("contains a control character (" + name(c) + ") at character " + (i + 1)
                        + "; remove it");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** Whether one character may be stored: see the class description. */
    public static boolean allowed(int c, boolean singleLine) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return !singleLine;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return false;
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            return false; // codePointAt returns a lone surrogate as itself
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /**
     * The text with every character XML 1.0 cannot carry (and the other refused controls) removed;
     * tab and line breaks kept. For feeds and documents written from stored text, so no text can
     * break them.
     */
    public static String forXml(String text) {
        if (text == null || problem(text, false).isEmpty()) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> allowed(c, false)).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static String name(int c) {
        return "U+" + String.format(Locale.ROOT, "%04X", c);
    }
}

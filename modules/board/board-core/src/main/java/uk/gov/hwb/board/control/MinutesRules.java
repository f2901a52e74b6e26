package uk.gov.hwb.board.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The wording rules of minutes (Local Government Act 1972, Part VA):
 * <ul>
 *   <li>a resolution is worded "That …" and printed "Resolved: That …";</li>
 *   <li>before confidential business, the meeting resolves to exclude the public under s.100A(4),
 *       naming the paragraphs of Schedule 12A that apply;</li>
 *   <li>a late item's special circumstances (s.100B(4)(b)) are minuted, from the reason for urgency
 *       recorded when it was added;</li>
 *   <li>where confidential business is left out of the public minutes, a public summary of it
 *       must be kept (s.100C(2)).</li>
 * </ul>
 */
public final class MinutesRules {

    private static final String RESOLVED = "Resolved: ";

    private MinutesRules() {
    }

    /** A resolution as stored: "That …", from what was typed (a leading "Resolved:" dropped); empty if it is not worded "That …". */
    public static Optional<String> resolution(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replaceFirst("(?i)^resolved\\s*[:,–-]?\\s*", "").strip();
        if (!text.toLowerCase(Locale.UK).startsWith("that ") || text.length() < 6) {
            return Optional.empty();
        }
        return Optional.of("That " + text.substring(5).strip());
    }

    /** How a stored resolution reads: "Resolved: That …". */
    public static String display(String stored) {
        return RESOLVED + stored;
    }

    /**
     * The resolution excluding the public before confidential items, naming each item and the
     * Schedule 12A paragraphs; null when there is no confidential business.
     */
    public static String exclusionResolution(List<Integer> itemNumbers, List<Integer> paragraphs) {
        if (itemNumbers.isEmpty()) {
            return null;
        }
        SortedSet<Integer> distinct = new TreeSet<>(paragraphs.stream().filter(p -> p != null).toList());
        String items = itemNumbers.size() == 1 ? "item " + itemNumbers.get(0) : "items " + and(itemNumbers.stream().map(String::valueOf).toList());
        String which = distinct.isEmpty() ? "Part 1 of Schedule 12A"
                : (distinct.size() == 1 ? "Paragraph " : "Paragraphs ") + and(distinct.stream().map(String::valueOf).toList())
                + " of Part 1 of Schedule 12A";
        return RESOLVED + "That, under section 100A(4) of the Local Government Act 1972, the public be excluded from the meeting for "
                + items + " on the grounds that " + (itemNumbers.size() == 1 ? "it involves" : "they involve")
                + " the likely disclosure of exempt information as defined in " + which + " to the Act.";
    }

    /** The minute of a late item's special circumstances, from its recorded reason for urgency. */
    public static String specialCircumstances(String urgencyReason) {
        String reason = urgencyReason == null || urgencyReason.isBlank() ? "(no reason was recorded)" : urgencyReason.strip();
        return "The Chair agreed that this item, which was not available five clear working days before the meeting, be considered"
                + " as a matter of urgency under section 100B(4)(b) of the Local Government Act 1972 for the following special circumstances: "
                + reason;
    }

    /**
     * What is wrong with an item's public summary, if anything: a confidential item with a minute or
     * resolutions needs one (s.100C(2)); a public item has no use for one.
     */
    public static Optional<String> publicSummaryProblem(boolean confidential, boolean hasMinute, String publicSummary) {
        boolean summarised = publicSummary != null && !publicSummary.isBlank();
        if (confidential && hasMinute && !summarised) {
            return Optional.of("a confidential (Part 2) item's minute needs a public summary of the proceedings"
                    + " (Local Government Act 1972, s.100C(2)); it is what the public see in its place");
        }
        if (!confidential && summarised) {
            return Optional.of("only confidential (Part 2) items have a public summary; a public item's minute is public");
        }
        return Optional.empty();
    }

    /** "1, 2 and 3". */
    static String and(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return parts.subList(0, parts.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + parts.get(parts.size() - 1);
    }
}

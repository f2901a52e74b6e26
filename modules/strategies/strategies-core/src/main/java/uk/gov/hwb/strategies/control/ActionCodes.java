package uk.gov.hwb.strategies.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How actions are coded, as seed 003 codes them: an action is its priority's number, a dot and its
 * own number ("1.2" is action 2 of ambition 1); a sub-action extends its action's code with letters
 * ("1.2B"). Codes are unique within a strategy. Typing slips the seeds show are tidied first:
 * "5.2 C" is 5.2C, "1.7a." is 1.7A.
 */
public final class ActionCodes {

    private static final Pattern CODE = Pattern.compile("(\\d{1,2})\\.(\\d{1,3})([A-Z]{1,3})?");

    private ActionCodes() {
    }

    /** A parsed code: the priority's number, the action's number and a sub-action's letters (null for an action). */
    public record Code(int priority, int action, String letters) {

        public boolean isSubAction() {
            return letters != null;
        }

        /** The action's own code: "1.2" for 1.2B. */
        public String actionCode() {
            return priority + "." + action;
        }
    }

    /** The code as stored: upper case, without spaces or a trailing dot. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.UK).replaceAll("\\s+", "");
        while (code.endsWith(".")) {
            code = code.substring(0, code.length() - 1);
        }
        return code;
    }

    public static Optional<Code> parse(String code) {
        Matcher m = CODE.matcher(normalise(code) == null ? "" : normalise(code));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Code(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
    }

    /**
     * What is wrong with giving an action this code, or empty if nothing is.
     *
     * @param code           the code, normalised
     * @param priorityNumber the number of the priority the action belongs to
     * @param parentCode     the code of the action it is a sub-action of, or null for an action
     * @param inUse          the codes already used in the strategy (normalised)
     */
    public static Optional<String> problem(String code, int priorityNumber, String parentCode, Set<String> inUse) {
        Optional<Code> parsed = parse(code);
        if (parsed.isEmpty()) {
            return Optional.of("'" + code + "' is not an action code: write the priority's number, a dot and the action's number"
                    + " (1.2), and add letters for a sub-action (1.2B)");
        }
        Code c = parsed.get();
        if (c.priority() != priorityNumber) {
            return Optional.of(code + " would belong to priority " + c.priority() + ", but the action is in priority " + priorityNumber
                    + ": its code starts with " + priorityNumber + ".");
        }
        if (parentCode == null && c.isSubAction()) {
            return Optional.of(code + " is a sub-action's code: its action " + c.actionCode() + " must exist first");
        }
        if (parentCode != null && !c.isSubAction()) {
            return Optional.of("a sub-action's code extends its action's code with letters: " + parentCode + " → " + parentCode + "A");
        }
        if (parentCode != null && !c.actionCode().equals(parentCode)) {
            return Optional.of(code + " extends " + c.actionCode() + ", not " + parentCode + ": a sub-action's code extends its action's ("
                    + parentCode + "A)");
        }
        if (inUse.contains(code)) {
            return Optional.of(code + " is already used in this strategy");
        }
        return Optional.empty();
    }
}

package uk.gov.hwb.bcf.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.MeasureStatus;

/**
 * Reads a paper's text (or a metric's commentary) for what it says about the Better Care Fund and
 * compares it with the facts the quarterly update is drawn from. Seed 002's item 10 is the case: a
 * report titled "2024/25 … Quarter 2" carries the 2023-24 Q2 appendix; its commentary says
 * Reablement is "below target by 2.4%" where 78.6% against 80% is 1.4 points; and 549 against a
 * target of 549 is called "below target".
 *
 * <ul>
 *   <li>Period: the text names financial years ("2024/25", "2023-24") but not the document's, or
 *       quarters ("Quarter 3", "Q3") but not the document's.</li>
 *   <li>Claims: a sentence naming a metric (its name, or its first word) states a direction
 *       ("below target", "above target", "on target"), a status ("on track", "off track") or a size
 *       ("by 2.4%", "2.4 points below") that the kernel's assessment of the figures does not give. A
 *       size in % is accepted as points or as a share of the target, at the precision stated.</li>
 * </ul>
 * Pure functions; every message is a sentence an author can act on.
 */
public final class ConsistencyCheck {

    private static final Pattern YEAR = Pattern.compile("\\b(20\\d{2})\\s*[/\\-–]\\s*(\\d{2})(?!\\d)");
    private static final Pattern QUARTER = Pattern.compile("\\bquarter\\s+(one|two|three|four|[1-4])\\b|\\bq([1-4])\\b");
    private static final String UNIT = "\\s*(%|per ?cent|percentage points?|points?)?";
    private static final String NUMBER = "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)";
    private static final Pattern BY = Pattern.compile("\\b(below|above|under|over)\\s+(?:the\\s+)?target\\s+by\\s+" + NUMBER + UNIT);
    private static final Pattern SIZE_FIRST = Pattern.compile(NUMBER + UNIT + "\\s+(below|above|under|over)\\s+(?:the\\s+)?target");
    private static final Pattern DIRECTION = Pattern.compile(
            "\\b(below|above|under|over|on|meeting|met|exceeding|exceeds|exceeded)\\s+(?:the\\s+)?(?:annual\\s+)?target\\b");
    private static final Pattern TRACK = Pattern.compile("\\b(not on track|off track|on track)\\b");

    private ConsistencyCheck() {
    }

    /** A metric as judged for the paper's quarter: its name, the period's label and the kernel's assessment (with data). */
    public record Judged(String metric, String period, Assessment assessment) {
    }

    /** Years and quarters the text names that are not the document's. */
    public static List<String> periods(String text, int startYear, int quarter) {
        String plain = plain(text);
        Set<Integer> years = new LinkedHashSet<>();
        Matcher y = YEAR.matcher(plain);
        while (y.find()) {
            int start = Integer.parseInt(y.group(1));
            if (Integer.parseInt(y.group(2)) == (start + 1) % 100) {
                years.add(start);
            }
        }
        Set<Integer> quarters = new LinkedHashSet<>();
        Matcher q = QUARTER.matcher(plain.toLowerCase(Locale.UK));
        while (q.find()) {
            quarters.add(q.group(1) != null ? quarterNumber(q.group(1)) : Integer.parseInt(q.group(2)));
        }
        List<String> found = new ArrayList<>();
        String document = "Quarter " + quarter + " " + Years.label(startYear);
        if (!years.isEmpty() && !years.contains(startYear)) {
            found.add("The text names " + CapacityRules.listed(years.stream().map(Years::label).toList()) + ", but its Better Care Fund appendix"
                    + " is the " + document + " update: check the report's title and summary, or attach the update for the year it describes.");
        }
        if (!quarters.isEmpty() && !quarters.contains(quarter)) {
            found.add("The text names " + CapacityRules.listed(quarters.stream().map(n -> "Quarter " + n).toList())
                    + ", but its Better Care Fund appendix is the " + document + " update.");
        }
        return found;
    }

    /** What sentences of the text say about the metrics that their figures do not give. */
    public static List<String> claims(String text, List<Judged> metrics) {
        List<String> found = new ArrayList<>();
        for (String sentence : sentences(plain(text))) {
            String lower = sentence.toLowerCase(Locale.UK);
            for (Judged judged : metrics) {
                if (mentions(lower, judged.metric())) {
                    String wrong = disagreement(lower, judged.assessment());
                    if (wrong != null) {
                        found.add("The text says " + judged.metric() + " is \"" + wrong + "\", but for " + judged.period()
                                + " the figures give: " + judged.assessment().sentence());
                    }
                }
            }
        }
        return found;
    }

    /** Where a metric's commentary states what its figures do not give; null when it agrees (or states nothing). */
    public static String commentary(String commentary, Judged judged) {
        if (commentary == null || commentary.isBlank() || judged == null) {
            return null;
        }
        for (String sentence : sentences(plain(commentary))) {
            String wrong = disagreement(sentence.toLowerCase(Locale.UK), judged.assessment());
            if (wrong != null) {
                return "The commentary says \"" + wrong + "\", but for " + judged.period() + " the figures give: " + judged.assessment().sentence();
            }
        }
        return null;
    }

    /** The phrase of the sentence that disagrees with the assessment, or null. */
    static String disagreement(String sentence, Assessment assessment) {
        if (assessment == null || assessment.value() == null || assessment.target() == null || assessment.gap() == null) {
            return null;
        }
        int actual = assessment.value().compareTo(assessment.target());
        Matcher by = BY.matcher(sentence);
        while (by.find()) {
            String wrong = sized(by.group(0), by.group(1), by.group(2), by.group(3), assessment, actual);
            if (wrong != null) {
                return wrong;
            }
        }
        Matcher first = SIZE_FIRST.matcher(sentence);
        while (first.find()) {
            String wrong = sized(first.group(0), first.group(3), first.group(1), first.group(2), assessment, actual);
            if (wrong != null) {
                return wrong;
            }
        }
        Matcher direction = DIRECTION.matcher(sentence);
        while (direction.find()) {
            String word = direction.group(1);
            boolean agrees = switch (word) {
                case "below", "under" -> actual < 0;
                case "above", "over", "exceeding", "exceeds", "exceeded" -> actual > 0;
                default -> assessment.status() != MeasureStatus.OFF_TRACK; // on, meeting, met
            };
            if (!agrees) {
                return direction.group(0);
            }
        }
        Matcher track = TRACK.matcher(sentence);
        while (track.find()) {
            boolean saysOn = track.group(1).equals("on track");
            if (saysOn != (assessment.status() == MeasureStatus.ON_TRACK)) {
                return track.group(0);
            }
        }
        return null;
    }

    private static String sized(String phrase, String direction, String number, String unit, Assessment assessment, int actual) {
        boolean below = direction.equals("below") || direction.equals("under");
        if (below ? actual >= 0 : actual <= 0) {
            return phrase.strip();
        }
        BigDecimal stated = new BigDecimal(number.replace(",", ""));
        BigDecimal size = assessment.gap().abs();
        if (sameAt(stated, size)) {
            return null;
        }
        boolean percent = unit != null && (unit.startsWith("%") || unit.startsWith("per"));
        if (percent && assessment.target().signum() != 0
                && sameAt(stated, size.multiply(BigDecimal.valueOf(100)).divide(assessment.target().abs(), 10, RoundingMode.HALF_UP))) {
            return null;
        }
        return phrase.strip();
    }

    /** Whether {@code actual}, rounded to the places {@code stated} was given with, is {@code stated}. */
    private static boolean sameAt(BigDecimal stated, BigDecimal actual) {
        int scale = Math.max(0, stated.scale());
        return actual.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0;
    }

    private static boolean mentions(String lowerSentence, String metric) {
        String name = metric.toLowerCase(Locale.UK);
        if (lowerSentence.contains(name)) {
            return true;
        }
        String first = name.split("\\s+")[0];
        return first.length() >= 5 && Pattern.compile("\\b" + Pattern.quote(first) + "\\b").matcher(lowerSentence).find();
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : text.split("(?<=[.!?;])\\s+|\\n+")) {
            if (!part.isBlank()) {
                sentences.add(part.strip());
            }
        }
        return sentences;
    }

    /** The text without markup: tags become spaces, the common entities their characters. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("(?i)</(p|li|h[1-6]|div|tr)>|<br\\s*/?>", "\n").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&ndash;", "–").replace("&#39;", "'").replace("&quot;", "\"")
                .replaceAll("[ \\t]+", " ");
    }

    private static int quarterNumber(String word) {
        return switch (word) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            default -> Integer.parseInt(word);
        };
    }
}

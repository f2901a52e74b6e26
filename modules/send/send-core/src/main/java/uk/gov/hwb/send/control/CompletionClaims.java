package uk.gov.hwb.send.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.send.api.ActionDto;
import uk.gov.hwb.send.api.MilestoneDto;

/**
 * Where a board report says something of the action plan is done that the plan does not: seed 002's
 * SEND report says "the co-produced Joint Strategic Needs Assessment (JSNA) has now been completed",
 * while the annual update calls it "almost complete" and the SEF "underway" and "drafted". An action
 * is recognised by the abbreviation its title gives in brackets ("(JSNA)"); a sentence of the report
 * naming it as completed, complete, finished or in place, while the action is not Complete, is a
 * contradiction, said in one sentence the author can act on. Pure function.
 */
public final class CompletionClaims {

    private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z][A-Z0-9&]{1,9})\\)");
    private static final Pattern DONE = Pattern.compile("\\b(completed|complete|finished|in place)\\b", Pattern.CASE_INSENSITIVE);

    private CompletionClaims() {
    }

    public static List<String> contradictions(String reportText, List<ActionDto> actions) {
        List<String> found = new ArrayList<>();
        if (reportText == null || reportText.isBlank()) {
            return found;
        }
        String text = Jsoup.parseBodyFragment(reportText).body().text();
        List<String> sentences = List.of(text.split("(?<=[.!?])\\s+"));
        for (ActionDto action : actions) {
            if (action.status() == ProgressStatus.COMPLETE) {
                continue;
            }
            Matcher abbreviation = ABBREVIATION.matcher(action.title());
            if (!abbreviation.find()) {
                continue;
            }
            Pattern named = Pattern.compile("\\b" + Pattern.quote(abbreviation.group(1)) + "\\b");
            for (String sentence : sentences) {
                if (named.matcher(sentence).find() && DONE.matcher(sentence).find() && !sentence.toLowerCase(Locale.UK).contains("not yet")) {
                    found.add("The report says \"" + sentence.strip() + "\", but action " + action.code() + " \"" + action.title() + "\" is "
                            + action.statusLabel() + pending(action) + ".");
                    break;
                }
            }
        }
        return found;
    }

    private static String pending(ActionDto action) {
        return action.milestones().stream().filter(m -> m.completedOn() == null).findFirst()
                .map(m -> ", with \"" + m.description() + "\" not done (" + state(m) + ")").orElse("");
    }

    private static String state(MilestoneDto m) {
        return Character.toLowerCase(m.state().charAt(0)) + m.state().substring(1);
    }
}

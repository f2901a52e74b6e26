package uk.gov.hwb.send.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.send.api.SefAreaContent;
import uk.gov.hwb.send.api.SefContent;
import uk.gov.hwb.send.api.SefPriorityContent;

/**
 * Checks and cleans a SEF version's content as the editor sends it: every entry becomes plain text
 * ({@link PlainText}), blank entries are dropped (an empty line in the editor is not an entry), and
 * what is still wrong is refused all at once, each problem naming its field
 * ({@code areas[2].improve[4]}, counting from 0 as the JSON does).
 */
public final class SefRules {

    static final int MAX_ENTRY = 2000;
    static final int MAX_TITLE = 1000;
    static final int MAX_CONTEXT = 200_000;
    static final int MAX_ENTRIES = 3000;

    private SefRules() {
    }

    /**
     * The content as an unkeyed snapshot (keys are given by {@link SefEditing}).
     *
     * @param fallbackDate the date to keep when the content names none
     * @param recommendations the recommendation numbers Part C may group under (any number when empty)
     */
    public static SefSnapshot clean(SefContent content, LocalDate fallbackDate, Set<Integer> recommendations) {
        List<FieldError> errors = new ArrayList<>();
        String context = PlainText.paragraphs(content.context());
        if (context != null && context.length() > MAX_CONTEXT) {
            errors.add(new FieldError("context", "must be at most " + MAX_CONTEXT + " characters"));
        }
        List<SefSnapshot.Entry> keyIssues = entries("keyIssues", content.keyIssues(), errors);
        List<SefSnapshot.Area> areas = new ArrayList<>();
        List<SefAreaContent> givenAreas = content.areas() == null ? List.of() : content.areas();
        for (int i = 0; i < givenAreas.size(); i++) {
            SefAreaContent area = givenAreas.get(i);
            String field = "areas[" + i + "]";
            if (area == null) {
                errors.add(new FieldError(field, "is empty; leave the area out instead"));
                continue;
            }
            String title = PlainText.line(area.title());
            if (title.isEmpty()) {
                errors.add(new FieldError(field + ".title", "is required: the evaluation area's heading"));
            } else if (title.length() > MAX_TITLE) {
                errors.add(new FieldError(field + ".title", "must be at most " + MAX_TITLE + " characters"));
            }
            areas.add(new SefSnapshot.Area(null, title, entries(field + ".doWell", area.doWell(), errors),
                    entries(field + ".impact", area.impact(), errors), entries(field + ".improve", area.improve(), errors)));
        }
        List<SefSnapshot.Priorities> priorities = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<SefPriorityContent> givenPriorities = content.priorities() == null ? List.of() : content.priorities();
        for (int i = 0; i < givenPriorities.size(); i++) {
            SefPriorityContent group = givenPriorities.get(i);
            String field = "priorities[" + i + "]";
            if (group == null) {
                errors.add(new FieldError(field, "is empty; leave it out instead"));
                continue;
            }
            Integer number = group.recommendation();
            if (number == null) {
                errors.add(new FieldError(field + ".recommendation", "is required: the number of the recommendation these priorities answer"));
            } else if (!seen.add(number)) {
                errors.add(new FieldError(field + ".recommendation", "recommendation " + number + " appears twice; put its priorities in one list"));
            } else if (!recommendations.isEmpty() && !recommendations.contains(number)) {
                errors.add(new FieldError(field + ".recommendation", "there is no recommendation " + number + "; the inspection has " + recommendations));
            }
            List<SefSnapshot.Entry> items = entries(field + ".items", group.items(), errors);
            if (number != null && !items.isEmpty()) {
                priorities.add(new SefSnapshot.Priorities(number, items));
            }
        }
        int total = keyIssues.size() + priorities.stream().mapToInt(p -> p.items().size()).sum()
                + areas.stream().mapToInt(a -> a.doWell().size() + a.impact().size() + a.improve().size()).sum();
        if (total > MAX_ENTRIES) {
            errors.add(new FieldError("body", "has " + total + " entries; a SEF version holds at most " + MAX_ENTRIES));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        priorities.sort(java.util.Comparator.comparingInt(SefSnapshot.Priorities::recommendation));
        return new SefSnapshot(SefSnapshot.FORMAT, content.date() == null ? fallbackDate : content.date(), context, keyIssues, areas, priorities);
    }

    private static List<SefSnapshot.Entry> entries(String field, List<String> given, List<FieldError> errors) {
        List<SefSnapshot.Entry> entries = new ArrayList<>();
        if (given == null) {
            return entries;
        }
        for (int i = 0; i < given.size(); i++) {
            String text = PlainText.line(given.get(i));
            if (text.length() > MAX_ENTRY) {
                errors.add(new FieldError(field + "[" + i + "]", "must be at most " + MAX_ENTRY + " characters (it has " + text.length() + ")"));
            } else if (!text.isEmpty()) {
                entries.add(new SefSnapshot.Entry(null, text));
            }
        }
        return entries;
    }
}

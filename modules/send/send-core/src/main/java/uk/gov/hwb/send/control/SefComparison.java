package uk.gov.hwb.send.control;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.hwb.send.api.ChangeKind;
import uk.gov.hwb.send.api.SefChangeDto;
import uk.gov.hwb.send.api.SefComparisonDto;
import uk.gov.hwb.send.api.SefSection;

/**
 * What changed from one SEF version to another, in document order: the date and the Part A
 * context (changed or not), each list's entries added, changed or removed as {@link Alignment} lines
 * them up, evaluation areas added, renamed or removed (with their entries), and Part C priorities
 * under each recommendation. Pure function of the two snapshots.
 */
public final class SefComparison {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private SefComparison() {
    }

    public static SefComparisonDto compare(int fromNumber, SefSnapshot from, int toNumber, SefSnapshot to) {
        List<SefChangeDto> changes = new ArrayList<>();
        if (!Objects.equals(from.date(), to.date())) {
            changes.add(new SefChangeDto(ChangeKind.CHANGED, SefSection.DATE, null, null, null, DATE.format(from.date()), DATE.format(to.date())));
        }
        if (!Objects.equals(Alignment.normal(from.context()), Alignment.normal(to.context()))) {
            ChangeKind kind = from.context() == null ? ChangeKind.ADDED : to.context() == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
            changes.add(new SefChangeDto(kind, SefSection.CONTEXT, null, null, null, from.context(), to.context()));
        }
        list(SefSection.KEY_ISSUE, null, null, null, from.keyIssues(), to.keyIssues(), changes);
        areas(from.areas(), to.areas(), changes);
        Map<Integer, SefSnapshot.Priorities> before = byRecommendation(from);
        Map<Integer, SefSnapshot.Priorities> after = byRecommendation(to);
        TreeSet<Integer> numbers = new TreeSet<>(before.keySet());
        numbers.addAll(after.keySet());
        for (Integer number : numbers) {
            list(SefSection.PRIORITY, null, null, number, before.containsKey(number) ? before.get(number).items() : List.of(),
                    after.containsKey(number) ? after.get(number).items() : List.of(), changes);
        }
        int added = (int) changes.stream().filter(c -> c.kind() == ChangeKind.ADDED).count();
        int changed = (int) changes.stream().filter(c -> c.kind() == ChangeKind.CHANGED).count();
        int removed = (int) changes.stream().filter(c -> c.kind() == ChangeKind.REMOVED).count();
        return new SefComparisonDto(fromNumber, toNumber, List.copyOf(changes), added, changed, removed);
    }

    private static void areas(List<SefSnapshot.Area> before, List<SefSnapshot.Area> after, List<SefChangeDto> changes) {
        for (Alignment.Step step : Alignment.align(before.stream().map(SefSnapshot.Area::title).toList(),
                after.stream().map(SefSnapshot.Area::title).toList())) {
            if (step.same()) {
                SefSnapshot.Area was = before.get(step.before());
                SefSnapshot.Area is = after.get(step.after());
                int number = step.after() + 1;
                if (!Alignment.normal(was.title()).equals(Alignment.normal(is.title()))) {
                    changes.add(new SefChangeDto(ChangeKind.CHANGED, SefSection.AREA, number, is.title(), null, was.title(), is.title()));
                }
                list(SefSection.DO_WELL, number, is.title(), null, was.doWell(), is.doWell(), changes);
                list(SefSection.IMPACT, number, is.title(), null, was.impact(), is.impact(), changes);
                list(SefSection.IMPROVE, number, is.title(), null, was.improve(), is.improve(), changes);
            } else if (step.added()) {
                SefSnapshot.Area is = after.get(step.after());
                int number = step.after() + 1;
                changes.add(new SefChangeDto(ChangeKind.ADDED, SefSection.AREA, number, is.title(), null, null, is.title()));
                list(SefSection.DO_WELL, number, is.title(), null, List.of(), is.doWell(), changes);
                list(SefSection.IMPACT, number, is.title(), null, List.of(), is.impact(), changes);
                list(SefSection.IMPROVE, number, is.title(), null, List.of(), is.improve(), changes);
            } else {
                SefSnapshot.Area was = before.get(step.before());
                int number = step.before() + 1;
                changes.add(new SefChangeDto(ChangeKind.REMOVED, SefSection.AREA, number, was.title(), null, was.title(), null));
                list(SefSection.DO_WELL, number, was.title(), null, was.doWell(), List.of(), changes);
                list(SefSection.IMPACT, number, was.title(), null, was.impact(), List.of(), changes);
                list(SefSection.IMPROVE, number, was.title(), null, was.improve(), List.of(), changes);
            }
        }
    }

    private static void list(SefSection section, Integer area, String areaTitle, Integer recommendation,
                             List<SefSnapshot.Entry> before, List<SefSnapshot.Entry> after, List<SefChangeDto> changes) {
        for (Alignment.Step step : Alignment.align(SefEditing.texts(before), SefEditing.texts(after))) {
            if (step.added()) {
                changes.add(new SefChangeDto(ChangeKind.ADDED, section, area, areaTitle, recommendation, null, after.get(step.after()).text()));
            } else if (step.removed()) {
                changes.add(new SefChangeDto(ChangeKind.REMOVED, section, area, areaTitle, recommendation, before.get(step.before()).text(), null));
            } else {
                String was = before.get(step.before()).text();
                String is = after.get(step.after()).text();
                if (!Alignment.normal(was).equals(Alignment.normal(is))) {
                    changes.add(new SefChangeDto(ChangeKind.CHANGED, section, area, areaTitle, recommendation, was, is));
                }
            }
        }
    }

    private static Map<Integer, SefSnapshot.Priorities> byRecommendation(SefSnapshot snapshot) {
        return snapshot.priorities().stream().collect(Collectors.toMap(SefSnapshot.Priorities::recommendation, Function.identity()));
    }
}

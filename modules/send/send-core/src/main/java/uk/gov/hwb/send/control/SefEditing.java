package uk.gov.hwb.send.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Carries the entries' keys from the stored draft over to the content just saved, so an entry keeps
 * its identity (and the actions and metrics that answer it) when its text is edited or moved within
 * its list. Entries are matched as {@link Alignment} matches them; new entries get new keys.
 */
public final class SefEditing {

    private SefEditing() {
    }

    public static SefSnapshot keep(SefSnapshot stored, SefSnapshot saved, Supplier<String> newKey) {
        List<SefSnapshot.Entry> keyIssues = keep(stored.keyIssues(), saved.keyIssues(), newKey);
        List<SefSnapshot.Area> areas = new ArrayList<>();
        List<SefSnapshot.Area> before = stored.areas();
        List<SefSnapshot.Area> after = saved.areas();
        Map<Integer, Integer> matched = new HashMap<>();
        for (Alignment.Step step : Alignment.align(before.stream().map(SefSnapshot.Area::title).toList(),
                after.stream().map(SefSnapshot.Area::title).toList())) {
            if (step.same()) {
                matched.put(step.after(), step.before());
            }
        }
        for (int i = 0; i < after.size(); i++) {
            SefSnapshot.Area area = after.get(i);
            Integer old = matched.get(i);
            SefSnapshot.Area was = old == null ? new SefSnapshot.Area(newKey.get(), area.title(), List.of(), List.of(), List.of()) : before.get(old);
            areas.add(new SefSnapshot.Area(was.key(), area.title(), keep(was.doWell(), area.doWell(), newKey),
                    keep(was.impact(), area.impact(), newKey), keep(was.improve(), area.improve(), newKey)));
        }
        Map<Integer, SefSnapshot.Priorities> storedGroups = stored.priorities().stream()
                .collect(Collectors.toMap(SefSnapshot.Priorities::recommendation, p -> p));
        List<SefSnapshot.Priorities> priorities = saved.priorities().stream().map(group -> new SefSnapshot.Priorities(group.recommendation(),
                keep(storedGroups.containsKey(group.recommendation()) ? storedGroups.get(group.recommendation()).items() : List.of(),
                        group.items(), newKey))).toList();
        return new SefSnapshot(SefSnapshot.FORMAT, saved.date(), saved.context(), keyIssues, areas, priorities);
    }

    static List<SefSnapshot.Entry> keep(List<SefSnapshot.Entry> before, List<SefSnapshot.Entry> after, Supplier<String> newKey) {
        String[] keys = new String[after.size()];
        for (Alignment.Step step : Alignment.align(texts(before), texts(after))) {
            if (step.same()) {
                keys[step.after()] = before.get(step.before()).key();
            }
        }
        List<SefSnapshot.Entry> kept = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            kept.add(new SefSnapshot.Entry(keys[i] != null ? keys[i] : newKey.get(), after.get(i).text()));
        }
        return kept;
    }

    static List<String> texts(List<SefSnapshot.Entry> entries) {
        return entries.stream().map(SefSnapshot.Entry::text).toList();
    }
}

package uk.gov.hwb.strategies.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * A demo strategy as written in {@code demo/*.json}: the seed documents' plans in their own words.
 * Reading also expands what seed 003 gives only as counts: its {@code illustrative} entries
 * become sub-actions labelled as illustrative ("A>B" is status A in the earlier period and B in
 * the later one; "X!" marks ambition 7's twelfth sub-action), and {@code carryBack} gives the named
 * sub-actions their earlier period's status (the same, unless the action says {@code september}).
 */
public record DemoPlan(String name, String description, int from, int to, String organisation, String body, String lead,
                       List<ProgressStatus> statuses, List<Period> periods, List<Priority> priorities, List<MeasureSpec> measures) {

    public record Period(String name, LocalDate updatesDue, LocalDate endsOn, boolean closed, String note) {
    }

    public record Priority(int number, String name, String description, Map<String, String> focus, List<Action> actions) {
    }

    public record Action(String code, String title, String lead, String organisation, String measuring, Map<String, Update> updates,
                         List<Action> subActions) {
    }

    public record Update(ProgressStatus status, String commentary, String mitigation, boolean keyImpact) {
    }

    public record MeasureSpec(String name, String unit, String polarity, String basis, Integer priority, BigDecimal baseline,
                              LocalDate baselineDate, BigDecimal target, LocalDate targetDate, String source, Map<String, Value> values) {
    }

    public record Value(BigDecimal value, String note) {
    }

    public static DemoPlan read(InputStream json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new java.io.InputStreamReader(json, StandardCharsets.UTF_8))) {
            root = reader.readObject();
        }
        JsonObject illustrative = root.containsKey("illustrative") ? root.getJsonObject("illustrative") : null;
        JsonObject carryBack = root.containsKey("carryBack") ? root.getJsonObject("carryBack") : null;
        List<Priority> priorities = new ArrayList<>();
        for (JsonValue p : root.getJsonArray("priorities")) {
            JsonObject priority = p.asJsonObject();
            List<Action> actions = new ArrayList<>();
            for (JsonValue a : priority.getJsonArray("actions")) {
                actions.add(action(a.asJsonObject(), illustrative, carryBack));
            }
            Map<String, String> focus = new LinkedHashMap<>();
            if (priority.containsKey("focus")) {
                priority.getJsonObject("focus").forEach((year, text) -> focus.put(year, ((JsonString) text).getString()));
            }
            priorities.add(new Priority(priority.getInt("number"), priority.getString("name"), text(priority, "description"), focus, actions));
        }
        List<Period> periods = root.getJsonArray("periods").stream().map(JsonValue::asJsonObject)
                .map(p -> new Period(p.getString("name"), LocalDate.parse(p.getString("updatesDue")), LocalDate.parse(p.getString("endsOn")),
                        p.getBoolean("closed", false), text(p, "note"))).toList();
        List<MeasureSpec> measures = new ArrayList<>();
        if (root.containsKey("measures")) {
            for (JsonValue m : root.getJsonArray("measures")) {
                JsonObject measure = m.asJsonObject();
                Map<String, Value> values = new LinkedHashMap<>();
                if (measure.containsKey("values")) {
                    measure.getJsonObject("values").forEach((period, v) -> values.put(period,
                            new Value(new BigDecimal(v.asJsonObject().getString("value")), text(v.asJsonObject(), "note"))));
                }
                measures.add(new MeasureSpec(measure.getString("name"), measure.getString("unit"), measure.getString("polarity"),
                        text(measure, "basis"), measure.containsKey("priority") ? measure.getInt("priority") : null,
                        decimal(measure, "baseline"), date(measure, "baselineDate"), decimal(measure, "target"), date(measure, "targetDate"),
                        text(measure, "source"), values));
            }
        }
        return new DemoPlan(root.getString("name"), text(root, "description"), root.getInt("from"), root.getInt("to"),
                text(root, "organisation"), text(root, "body"), text(root, "lead"),
                root.getJsonArray("statuses").getValuesAs(JsonString.class).stream().map(s -> ProgressStatus.valueOf(s.getString())).toList(),
                periods, List.copyOf(priorities), List.copyOf(measures));
    }

    private static Action action(JsonObject a, JsonObject illustrative, JsonObject carryBack) {
        List<Action> subs = new ArrayList<>();
        if (a.containsKey("subActions")) {
            for (JsonValue s : a.getJsonArray("subActions")) {
                subs.add(action(s.asJsonObject(), illustrative, carryBack));
            }
        }
        if (a.containsKey("illustrative") && !a.getJsonArray("illustrative").isEmpty()) {
            Set<String> used = new HashSet<>();
            subs.forEach(s -> used.add(s.code()));
            char letter = 'A';
            for (JsonString entry : a.getJsonArray("illustrative").getValuesAs(JsonString.class)) {
                while (used.contains(a.getString("code") + letter)) {
                    letter++;
                }
                String code = a.getString("code") + letter;
                used.add(code);
                subs.add(illustrativeAction(code, entry.getString(), illustrative));
            }
            subs.sort(java.util.Comparator.comparing(Action::code, PlanQueries.CODE_ORDER));
        }
        Map<String, Update> updates = new LinkedHashMap<>();
        if (a.containsKey("updates")) {
            a.getJsonObject("updates").forEach((period, u) -> updates.put(period, update(u.asJsonObject())));
        }
        if (carryBack != null && updates.containsKey(carryBack.getString("from")) && !updates.containsKey(carryBack.getString("to"))) {
            Update later = updates.get(carryBack.getString("from"));
            ProgressStatus earlier = a.containsKey("september") ? ProgressStatus.valueOf(a.getString("september")) : later.status();
            updates.put(carryBack.getString("to"), new Update(earlier, null, earlier.needsMitigation() ? later.mitigation() : null, false));
        }
        return new Action(a.getString("code"), a.getString("title"), text(a, "lead"), text(a, "organisation"), text(a, "measuring"),
                updates, List.copyOf(subs));
    }

    private static Action illustrativeAction(String code, String entry, JsonObject illustrative) {
        boolean twelfth = entry.endsWith("!");
        String statuses = twelfth ? entry.substring(0, entry.length() - 1) : entry;
        ProgressStatus earlier = ProgressStatus.valueOf(statuses.contains(">") ? statuses.substring(0, statuses.indexOf('>')) : statuses);
        ProgressStatus later = ProgressStatus.valueOf(statuses.contains(">") ? statuses.substring(statuses.indexOf('>') + 1) : statuses);
        String commentary = illustrative.getString("commentary") + (twelfth ? " " + illustrative.getString("note12") : "");
        Map<String, Update> updates = new LinkedHashMap<>();
        updates.put(illustrative.getString("earlier"), new Update(earlier, null,
                earlier.needsMitigation() ? illustrative.getString("mitigation") : null, false));
        updates.put(illustrative.getString("later"), new Update(later, commentary,
                later.needsMitigation() ? illustrative.getString("mitigation") : null, false));
        return new Action(code, illustrative.getString("title"), null, null, null, updates, List.of());
    }

    private static Update update(JsonObject u) {
        return new Update(ProgressStatus.valueOf(u.getString("status")), text(u, "commentary"), text(u, "mitigation"), u.getBoolean("keyImpact", false));
    }

    private static String text(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        String text = text(o, key);
        return text == null ? null : new BigDecimal(text);
    }

    private static LocalDate date(JsonObject o, String key) {
        String text = text(o, key);
        return text == null ? null : LocalDate.parse(text);
    }

    /** Every action and sub-action, parents first. */
    public List<Action> allActions() {
        List<Action> all = new ArrayList<>();
        priorities.forEach(p -> p.actions().forEach(a -> {
            all.add(a);
            all.addAll(a.subActions());
        }));
        return all;
    }
}

package uk.gov.hwb.strategies.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.strategies.api.KeyImpactDto;
import uk.gov.hwb.strategies.api.PrioritySummaryDto;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.SlippageDto;
import uk.gov.hwb.strategies.api.StatusMixDto;

/**
 * The stored form of a summary frozen when its period closed: format {@value #FORMAT}, written and
 * read here and nowhere else, so the API's records can change without rewriting what went to the
 * board. Format 1 keeps the names, the columns, every mix (counts, shares and changes as decimal
 * text) and the key impacts and slippages. A later format adds a reader beside this one.
 */
public final class SummarySnapshot {

    public static final int FORMAT = 1;

    private SummarySnapshot() {
    }

    public static String write(ProgressSummaryDto summary) {
        JsonArrayBuilder priorities = Json.createArrayBuilder();
        for (PrioritySummaryDto p : summary.priorities()) {
            JsonArrayBuilder impacts = Json.createArrayBuilder();
            p.keyImpacts().forEach(i -> impacts.add(Json.createObjectBuilder().add("actionId", i.actionId()).add("code", i.code())
                    .add("title", i.title()).add("impact", text(i.impact()))));
            JsonArrayBuilder slippages = Json.createArrayBuilder();
            p.slippages().forEach(s -> slippages.add(Json.createObjectBuilder().add("actionId", s.actionId()).add("code", s.code())
                    .add("title", s.title()).add("status", s.status().name()).add("measuring", text(s.measuring()))
                    .add("commentary", text(s.commentary())).add("mitigation", text(s.mitigation()))));
            priorities.add(Json.createObjectBuilder().add("priorityId", p.priorityId()).add("number", p.number()).add("name", p.name())
                    .add("mix", mix(new StatusMixDto(p.total(), p.counts(), p.shares(), p.changes())))
                    .add("keyImpacts", impacts).add("slippages", slippages));
        }
        JsonArrayBuilder columns = Json.createArrayBuilder();
        summary.columns().forEach(columns::add);
        JsonObjectBuilder root = Json.createObjectBuilder().add("format", FORMAT)
                .add("strategyId", summary.strategyId()).add("strategyName", summary.strategyName())
                .add("periodId", summary.periodId()).add("periodName", summary.periodName())
                .add("columns", columns).add("priorities", priorities).add("overall", mix(summary.overall()));
        if (summary.previousPeriodId() != null) {
            root.add("previousPeriodId", summary.previousPeriodId()).add("previousPeriodName", summary.previousPeriodName())
                    .add("previousOverall", mix(summary.previousOverall()));
        }
        return root.build().toString();
    }

    /** The summary as reported; {@code reportedAt} and the corrections since come from outside the snapshot. */
    public static ProgressSummaryDto read(int format, String json, OffsetDateTime reportedAt, int corrections) {
        if (format != FORMAT) {
            throw new IllegalStateException("A reported summary in format " + format + " cannot be read by this version (it reads format " + FORMAT + ")");
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        }
        List<PrioritySummaryDto> priorities = new ArrayList<>();
        for (JsonValue value : root.getJsonArray("priorities")) {
            JsonObject p = value.asJsonObject();
            StatusMixDto mix = mix(p.getJsonObject("mix"));
            List<KeyImpactDto> impacts = p.getJsonArray("keyImpacts").stream().map(JsonValue::asJsonObject)
                    .map(i -> new KeyImpactDto(i.getJsonNumber("actionId").longValue(), i.getString("code"), i.getString("title"),
                            i.getString("impact", null))).toList();
            List<SlippageDto> slippages = p.getJsonArray("slippages").stream().map(JsonValue::asJsonObject)
                    .map(s -> new SlippageDto(s.getJsonNumber("actionId").longValue(), s.getString("code"), s.getString("title"),
                            ProgressStatus.valueOf(s.getString("status")), s.getString("measuring", null), s.getString("commentary", null),
                            s.getString("mitigation", null))).toList();
            priorities.add(new PrioritySummaryDto(p.getJsonNumber("priorityId").longValue(), p.getInt("number"), p.getString("name"),
                    mix.total(), mix.counts(), mix.shares(), mix.changes(), impacts, slippages));
        }
        boolean hasPrevious = root.containsKey("previousPeriodId");
        return new ProgressSummaryDto(root.getJsonNumber("strategyId").longValue(), root.getString("strategyName"),
                root.getJsonNumber("periodId").longValue(), root.getString("periodName"),
                hasPrevious ? root.getJsonNumber("previousPeriodId").longValue() : null,
                hasPrevious ? root.getString("previousPeriodName") : null,
                root.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                List.copyOf(priorities), mix(root.getJsonObject("overall")), hasPrevious ? mix(root.getJsonObject("previousOverall")) : null,
                true, true, reportedAt, corrections);
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonObjectBuilder mix(StatusMixDto mix) {
        JsonObjectBuilder counts = Json.createObjectBuilder();
        mix.counts().forEach(counts::add);
        JsonObjectBuilder shares = Json.createObjectBuilder();
        mix.shares().forEach((k, v) -> shares.add(k, v.toPlainString()));
        JsonObjectBuilder changes = Json.createObjectBuilder();
        mix.changes().forEach((k, v) -> changes.add(k, v.toPlainString()));
        return Json.createObjectBuilder().add("total", mix.total()).add("counts", counts).add("shares", shares).add("changes", changes);
    }

    private static StatusMixDto mix(JsonObject json) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        json.getJsonObject("counts").forEach((k, v) -> counts.put(k, ((JsonNumber) v).intValue()));
        return new StatusMixDto(json.getInt("total"), counts, decimals(json.getJsonObject("shares")), decimals(json.getJsonObject("changes")));
    }

    private static Map<String, BigDecimal> decimals(JsonObject json) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        json.forEach((k, v) -> values.put(k, new BigDecimal(((jakarta.json.JsonString) v).getString())));
        return values;
    }

}

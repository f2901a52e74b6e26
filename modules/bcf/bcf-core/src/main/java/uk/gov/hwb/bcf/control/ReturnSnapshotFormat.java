package uk.gov.hwb.bcf.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import uk.gov.hwb.bcf.control.ReturnSnapshot.Capacity;
import uk.gov.hwb.bcf.control.ReturnSnapshot.CapacityLine;
import uk.gov.hwb.bcf.control.ReturnSnapshot.CapacityMonth;
import uk.gov.hwb.bcf.control.ReturnSnapshot.Confirmations;
import uk.gov.hwb.bcf.control.ReturnSnapshot.FundingLine;
import uk.gov.hwb.bcf.control.ReturnSnapshot.MetricLine;
import uk.gov.hwb.bcf.control.ReturnSnapshot.MetricQuarter;
import uk.gov.hwb.bcf.control.ReturnSnapshot.MinimumLine;
import uk.gov.hwb.bcf.control.ReturnSnapshot.Narrative;
import uk.gov.hwb.bcf.control.ReturnSnapshot.Plan;
import uk.gov.hwb.bcf.control.ReturnSnapshot.SchemeLine;
import uk.gov.hwb.bcf.control.ReturnSnapshot.SignOff;
import uk.gov.hwb.bcf.control.ReturnSnapshot.Submission;

/**
 * Writes and reads {@link ReturnSnapshot}s as UTF-8 JSON in a fixed member order (JSON-P, no
 * reflection), so the same snapshot always gives the same bytes and the stored bytes can be read back
 * whatever happens to the API's records. Money and figures are JSON numbers written from their exact
 * decimal text.
 */
public final class ReturnSnapshotFormat {

    private ReturnSnapshotFormat() {
    }

    public static byte[] write(ReturnSnapshot s) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("format", ReturnSnapshot.FORMAT);
        Plan p = s.plan();
        json.add("plan", obj().add("id", p.id()).add("name", p.name()).add("councilName", text(p.councilName()))
                .add("icbName", text(p.icbName())).add("host", text(p.host())).add("councilSignedOn", date(p.councilSignedOn()))
                .add("icbSignedOn", date(p.icbSignedOn())).add("agreed", p.agreed()));
        json.add("year", s.year()).add("quarter", s.quarter()).add("due", date(s.due()));
        Confirmations c = s.confirmations();
        json.add("confirmations", obj().add("section75Signed", c.section75Signed()).add("section75Explanation", text(c.section75Explanation()))
                .add("nationalConditionsMet", c.nationalConditionsMet()).add("conditionsExplanation", text(c.conditionsExplanation())));
        Narrative n = s.narrative();
        json.add("narrative", obj().add("challenges", text(n.challenges())).add("achievements", text(n.achievements()))
                .add("supportNeeded", text(n.supportNeeded())));
        SignOff o = s.signOff();
        json.add("signOff", o == null ? JsonValue.NULL : obj().add("by", text(o.by())).add("at", time(o.at()))
                .add("recordedBy", text(o.recordedBy())).add("onBehalf", o.onBehalf()).build());
        Submission sub = s.submission();
        json.add("submission", sub == null ? JsonValue.NULL
                : obj().add("number", sub.number()).add("reason", sub.reason()).add("at", time(sub.at())).add("by", sub.by()).build());
        json.add("funding", array(s.funding(), ReturnSnapshotFormat::funding));
        json.add("total", funding(s.total()));
        json.add("minimums", array(s.minimums(), m -> obj().add("name", m.name()).add("required", number(m.required()))
                .add("planned", number(m.planned())).add("shortfall", number(m.shortfall()))));
        json.add("schemes", array(s.schemes(), l -> obj().add("schemeId", text(l.schemeId())).add("name", l.name()).add("source", l.source())
                .add("type", l.type()).add("areaOfSpend", l.areaOfSpend()).add("commissioner", l.commissioner()).add("provider", l.provider())
                .add("planned", number(l.planned())).add("actuals", numbers(l.actuals())).add("forecast", number(l.forecast()))
                .add("variance", number(l.variance())).add("variancePercent", number(l.variancePercent()))));
        json.add("metrics", array(s.metrics(), m -> obj().add("name", m.name()).add("unit", m.unit()).add("polarity", m.polarity())
                .add("basis", m.basis()).add("target", number(m.target()))
                .add("quarters", array(m.quarters(), q -> obj().add("quarter", q.quarter()).add("value", number(q.value()))
                        .add("projected", number(q.projected())).add("status", q.status()).add("gap", number(q.gap()))
                        .add("sentence", q.sentence()).add("commentary", text(q.commentary()))
                        .add("commentaryWarning", text(q.commentaryWarning()))))));
        Capacity cap = s.capacity();
        json.add("capacity", obj().add("uplifts", numbers(cap.uplifts())).add("upliftSentence", cap.upliftSentence())
                .add("lines", array(cap.lines(), l -> obj().add("area", l.area()).add("service", l.service())
                        .add("months", array(l.months(), m -> obj().add("month", m.month()).add("label", m.label())
                                .add("baseline", number(m.baseline())).add("uplift", number(m.uplift()))
                                .add("expectedDemand", number(m.expectedDemand())).add("capacity", number(m.capacity()))
                                .add("shortfall", number(m.shortfall())))))));
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    public static ReturnSnapshot read(byte[] bytes) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            json = reader.readObject();
        }
        if (!ReturnSnapshot.FORMAT.equals(json.getString("format", null))) {
            throw new IllegalArgumentException("Not a " + ReturnSnapshot.FORMAT + " snapshot: " + json.getString("format", "(no format)"));
        }
        JsonObject p = json.getJsonObject("plan");
        Plan plan = new Plan(p.getJsonNumber("id").longValue(), p.getString("name"), str(p, "councilName"), str(p, "icbName"), str(p, "host"),
                localDate(p, "councilSignedOn"), localDate(p, "icbSignedOn"), p.getBoolean("agreed"));
        JsonObject c = json.getJsonObject("confirmations");
        JsonObject n = json.getJsonObject("narrative");
        JsonObject o = json.isNull("signOff") ? null : json.getJsonObject("signOff");
        JsonObject sub = json.isNull("submission") ? null : json.getJsonObject("submission");
        JsonObject cap = json.getJsonObject("capacity");
        return new ReturnSnapshot(plan, json.getString("year"), json.getInt("quarter"), localDate(json, "due"),
                new Confirmations(c.getBoolean("section75Signed"), str(c, "section75Explanation"), c.getBoolean("nationalConditionsMet"),
                        str(c, "conditionsExplanation")),
                new Narrative(str(n, "challenges"), str(n, "achievements"), str(n, "supportNeeded")),
                o == null ? null : new SignOff(str(o, "by"), dateTime(o, "at"), str(o, "recordedBy"), o.getBoolean("onBehalf")),
                sub == null ? null : new Submission(sub.getInt("number"), sub.getString("reason"), dateTime(sub, "at"), sub.getString("by")),
                list(json.getJsonArray("funding"), ReturnSnapshotFormat::funding),
                funding(json.getJsonObject("total")),
                list(json.getJsonArray("minimums"), m -> new MinimumLine(m.getString("name"), dec(m, "required"), dec(m, "planned"),
                        dec(m, "shortfall"))),
                list(json.getJsonArray("schemes"), l -> new SchemeLine(str(l, "schemeId"), l.getString("name"), l.getString("source"),
                        l.getString("type"), l.getString("areaOfSpend"), l.getString("commissioner"), l.getString("provider"), dec(l, "planned"),
                        decimals(l.getJsonArray("actuals")), dec(l, "forecast"), dec(l, "variance"), dec(l, "variancePercent"))),
                list(json.getJsonArray("metrics"), m -> new MetricLine(m.getString("name"), m.getString("unit"), m.getString("polarity"),
                        m.getString("basis"), dec(m, "target"), list(m.getJsonArray("quarters"), q -> new MetricQuarter(q.getInt("quarter"),
                        dec(q, "value"), dec(q, "projected"), q.getString("status"), dec(q, "gap"), q.getString("sentence"),
                        str(q, "commentary"), str(q, "commentaryWarning"))))),
                new Capacity(decimals(cap.getJsonArray("uplifts")), cap.getString("upliftSentence"),
                        list(cap.getJsonArray("lines"), l -> new CapacityLine(l.getString("area"), l.getString("service"),
                                list(l.getJsonArray("months"), m -> new CapacityMonth(m.getInt("month"), m.getString("label"), dec(m, "baseline"),
                                        dec(m, "uplift"), dec(m, "expectedDemand"), dec(m, "capacity"), dec(m, "shortfall")))))));
    }

    /** The SHA-256 of stored bytes, as 64 hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static JsonObjectBuilder funding(FundingLine f) {
        return obj().add("source", text(f.source())).add("income", number(f.income())).add("expenditure", number(f.expenditure()))
                .add("unallocated", number(f.unallocated()));
    }

    private static FundingLine funding(JsonObject f) {
        return new FundingLine(str(f, "source"), dec(f, "income"), dec(f, "expenditure"), dec(f, "unallocated"));
    }

    private static JsonObjectBuilder obj() {
        return Json.createObjectBuilder();
    }

    private static <T> JsonArrayBuilder array(List<T> items, Function<T, JsonObjectBuilder> each) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(each.apply(item)));
        return array;
    }

    private static JsonArrayBuilder numbers(List<BigDecimal> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(number(v)));
        return array;
    }

    private static <T> List<T> list(JsonArray array, Function<JsonObject, T> each) {
        List<T> items = new ArrayList<>();
        array.forEach(v -> items.add(each.apply(v.asJsonObject())));
        return items;
    }

    private static List<BigDecimal> decimals(JsonArray array) {
        List<BigDecimal> values = new ArrayList<>();
        array.forEach(v -> values.add(v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).bigDecimalValue()));
        return values;
    }

    private static JsonValue number(BigDecimal value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue date(LocalDate value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    private static JsonValue time(OffsetDateTime value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    private static String str(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getString(name);
    }

    private static BigDecimal dec(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getJsonNumber(name).bigDecimalValue();
    }

    private static LocalDate localDate(JsonObject o, String name) {
        return o.isNull(name) ? null : LocalDate.parse(o.getString(name));
    }

    private static OffsetDateTime dateTime(JsonObject o, String name) {
        return o.isNull(name) ? null : OffsetDateTime.parse(o.getString(name));
    }
}

package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SEND partnership's API against the real application and its demo data (seed 002, item 7):
 * the inspection and what follows from its outcome, the SEF's versions (agreed ones locked, a new one
 * copied, the comparison, script removed, the PDF drawn from the data and passing veraPDF), rights,
 * unknown ids, metrics judged against their comparators, the action plan's rules and the annual update.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SendApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private JsonObject demoInspection(Api api) {
        return Send.objects(api.get("api/send/inspections").array()).stream().filter(i -> i.getString("startDate").equals("2023-03-06"))
                .findFirst().orElseThrow();
    }

    @Test
    void theDemoInspectionShowsItsOutcomeInFullAndWhenTheNextInspectionIsExpected() {
        Api member = Api.as(base, "member");
        JsonObject inspection = demoInspection(member);
        assertThat(inspection.getString("inspectedBy")).isEqualTo("Ofsted and Care Quality Commission (CQC)");
        assertThat(inspection.getString("endDate")).isEqualTo("2023-03-10");
        assertThat(inspection.getString("outcome")).isEqualTo("INCONSISTENT");
        assertThat(inspection.getString("outcomeWording")).isEqualTo("The local area partnership's arrangements lead to inconsistent experiences"
                + " and outcomes for children and young people with SEND.");
        assertThat(inspection.getString("nextInspectionBy")).isEqualTo("2026-06-09");
        assertThat(inspection.getString("actionPlanDue")).isEqualTo("2023-07-09");
        assertThat(inspection.getString("nextInspection")).isEqualTo("Full inspection expected by 9 June 2026 (within about 3 years of publication).");
        JsonArray recommendations = member.get("api/send/inspections/" + inspection.getInt("id") + "/recommendations").array();
        assertThat(recommendations).hasSize(6);
        assertThat(recommendations.getJsonObject(3).getString("text")).startsWith("Local area partnership leaders should ensure that they share accurate data");
        assertThat(Send.objects(recommendations).stream().mapToInt(r -> r.getInt("overdueMilestones")).sum()).as("the demo has overdue milestones").isPositive();
    }

    @Test
    void anAgreedVersionIsLockedAndANewVersionStartsAsItsCopy() {
        Send send = new Send(base);
        send.freshDraft(); // any draft left by another test is agreed first
        int agreed = send.latestAgreed();
        JsonObject locked = send.lead().get("api/send/sef/" + agreed).json();
        assertThat(locked.getString("status")).isEqualTo("AGREED");

        Api.Reply refused = send.lead().put("api/send/sef/" + agreed, Send.content(locked).build().toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().getString("detail")).contains("SEF version " + agreed + " was agreed").contains("locked");
        assertThat(send.lead().post("api/send/sef/" + agreed + "/agree", "{}").status()).as("agreeing twice").isEqualTo(409);

        JsonObject draft = send.lead().get("api/send/sef").array().getJsonObject(0);
        int number = draft.getInt("number");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        Api.Reply second = send.lead().post("api/send/sef", "{\"copyOf\":" + agreed + "}");
        assertThat(second.status()).as("at most one draft").isEqualTo(409);
        assertThat(second.json().getString("detail")).contains("Version " + number);

        JsonObject copy = send.lead().get("api/send/sef/" + number).json();
        assertThat(copy.getInt("copiedFrom")).isEqualTo(agreed);
        assertThat(copy.getJsonArray("keyIssues")).isEqualTo(locked.getJsonArray("keyIssues"));
        assertThat(copy.getJsonArray("areas")).isEqualTo(locked.getJsonArray("areas"));
        assertThat(copy.getJsonArray("priorities")).isEqualTo(locked.getJsonArray("priorities"));
        assertThat(Send.objects(copy.getJsonArray("entries")).stream().map(e -> e.getString("key")).toList())
                .as("entries keep their keys, so what answers them carries over")
                .isEqualTo(Send.objects(locked.getJsonArray("entries")).stream().map(e -> e.getString("key")).toList());
        assertThat(copy.getInt("unanswered")).isEqualTo(locked.getInt("unanswered"));
    }

    @Test
    void theComparisonNamesAnAddedKeyIssueAndAChangedDoWellEntry() {
        Send send = new Send(base);
        JsonObject draft = send.freshDraft();
        int from = draft.getInt("copiedFrom");
        int to = draft.getInt("number");
        String suffix = Api.unique();
        String added = "Children and young people waiting for speech and language therapy wait too long (" + suffix + ").";
        JsonObject area = draft.getJsonArray("areas").getJsonObject(0);
        String before = area.getJsonArray("doWell").getString(0);
        String after = before + " It now also meets weekly (" + suffix + ").";
        JsonObject changedArea = Json.createObjectBuilder(area).add("doWell", Send.replace(area.getJsonArray("doWell"), 0, Json.createValue(after))).build();
        String body = Send.content(draft).add("keyIssues", Send.with(draft.getJsonArray("keyIssues"), added))
                .add("areas", Send.replace(draft.getJsonArray("areas"), 0, changedArea)).build().toString();
        Api.Reply saved = send.lead().put("api/send/sef/" + to, body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().getJsonNumber("version").longValue()).isGreaterThan(draft.getJsonNumber("version").longValue());

        JsonObject comparison = Api.as(base, "member").get("api/send/sef/compare?from=" + from + "&to=" + to).json();
        List<JsonObject> changes = Send.objects(comparison.getJsonArray("changes"));
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.getString("kind")).isEqualTo("ADDED");
            assertThat(c.getString("section")).isEqualTo("KEY_ISSUE");
            assertThat(c.getString("after")).isEqualTo(added);
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.getString("kind")).isEqualTo("CHANGED");
            assertThat(c.getString("section")).isEqualTo("DO_WELL");
            assertThat(c.getInt("area")).isEqualTo(1);
            assertThat(c.getString("before")).isEqualTo(before);
            assertThat(c.getString("after")).isEqualTo(after);
        });
        assertThat(comparison.getInt("added")).isEqualTo(1);
        assertThat(comparison.getInt("removed")).isZero();

        Api.Reply stale = send.lead().put("api/send/sef/" + to, body);
        assertThat(stale.status()).as("the version read is out of date now").isEqualTo(409);
        assertThat(send.lead().get("api/send/sef/compare?from=" + from + "&to=999999").status()).isEqualTo(404);
        assertThat(send.lead().get("api/send/sef/compare?from=one&to=2").errorFields()).containsExactly("from");
    }

    @Test
    void scriptInSefTextIsCleanedAndNeverComesBackAsMarkup() throws Exception {
        Send send = new Send(base);
        JsonObject draft = send.freshDraft();
        int number = draft.getInt("number");
        String marker = "zqxscript" + Api.unique();
        String hostile = "<script>alert('" + marker + "')</script>Waiting well <b>roadmaps</b> " + marker
                + " &lt;img src=x onerror=alert(1)&gt;<a href=\"javascript:alert(2)\">here</a>";
        Api.Reply saved = send.lead().put("api/send/sef/" + number, Send.content(draft)
                .add("keyIssues", Send.with(draft.getJsonArray("keyIssues"), hostile)).build().toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Api.Reply read = Api.as(base, "member").get("api/send/sef/" + number);
        JsonArray keyIssues = read.json().getJsonArray("keyIssues");
        assertThat(keyIssues.getString(keyIssues.size() - 1)).isEqualTo("Waiting well roadmaps " + marker + " here");
        assertThat(read.body()).doesNotContain("<script").doesNotContain("alert('" + marker).doesNotContain("onerror").doesNotContain("<b>")
                .doesNotContain("javascript:");
        String pdf = Send.text(send.lead().bytes("api/send/sef/" + number + "/sef.pdf").body());
        assertThat(pdf).contains("Waiting well roadmaps " + marker).doesNotContain("<script");
    }

    @Test
    void anEntryEditedThroughTheApiAppearsInTheSefPdfWhichPassesVeraPdf() throws Exception {
        Send send = new Send(base);
        JsonObject draft = send.freshDraft();
        int number = draft.getInt("number");
        String marker = "Review the short breaks offer with families, zqxpdf" + Api.unique() + ".";
        JsonObject area = draft.getJsonArray("areas").getJsonObject(1);
        JsonObject changed = Json.createObjectBuilder(area).add("improve", Send.with(area.getJsonArray("improve"), marker)).build();
        Api.Reply saved = send.lead().put("api/send/sef/" + number, Send.content(draft)
                .add("areas", Send.replace(draft.getJsonArray("areas"), 1, changed)).build().toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(Send.objects(saved.json().getJsonArray("entries"))).anySatisfy(e -> {
            assertThat(e.getString("text")).isEqualTo(marker);
            assertThat(e.getString("section")).isEqualTo("IMPROVE");
            assertThat(e.getBoolean("answered")).isFalse();
        });

        HttpResponse<byte[]> pdf = Api.as(base, "member").bytes("api/send/sef/" + number + "/sef.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String text = Send.text(pdf.body());
        assertThat(text).contains(marker.substring(0, 40)).contains("Version " + number + ", dated").contains("Draft: not yet agreed")
                .contains("Not yet answered by any action or metric.");
        assertThat(Send.failedPdfUaRules(pdf.body())).as("veraPDF PDF/UA-1").isEmpty();
    }

    @Test
    void whoMayReadAndWhoMayChange() {
        Api member = Api.as(base, "member");
        assertThat(member.get("api/send/sef").status()).isEqualTo(200);
        assertThat(Api.as(base, "democratic").get("api/send/metrics").status()).isEqualTo(200);
        Api.Reply notLead = member.post("api/send/sef", "{}");
        assertThat(notLead.status()).isEqualTo(403);
        assertThat(notLead.isProblem()).isTrue();
        int agreed = new Send(base).latestAgreed();
        assertThat(member.put("api/send/sef/" + agreed, "{\"version\":0}").status()).isEqualTo(403);
        assertThat(member.post("api/send/sef/" + agreed + "/agree", "{}").status()).isEqualTo(403);
        assertThat(Api.as(base, "admin").post("api/send/metrics", "{}").status()).as("only the SEND lead changes").isEqualTo(403);
        assertThat(Api.as(base, "author").get("api/send/inspections").status()).as("not a reader").isEqualTo(403);
        assertThat(Api.as(base, "finance").get("api/send/sef/" + agreed + "/sef.pdf").status()).isEqualTo(403);
        assertThat(Api.anonymous(base).get("api/send/sef").status()).isEqualTo(401);
    }

    @Test
    void aMemberOfTheSendBoardReadsWithoutABoardRole() {
        String suffix = Api.unique();
        Api admin = Api.as(base, "admin");
        Api democratic = Api.as(base, "democratic");
        long person = democratic.post("api/people", "{\"name\":\"Parent carer rep " + suffix + "\"}").json().getJsonNumber("id").longValue();
        String username = "seat" + suffix.toLowerCase();
        Api.Reply account = admin.post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Rep\",\"personId\":" + person
                + ",\"enabled\":true,\"roles\":[\"AUTHOR\"],\"password\":\"a-long-seat-password-" + suffix + "\"}");
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        Api rep = Api.as(base, username, "a-long-seat-password-" + suffix);
        assertThat(rep.get("api/send/sef").status()).as("no seat yet").isEqualTo(403);
        long body = Send.objects(Api.anonymous(base).get("api/bodies").array()).stream()
                .filter(b -> b.getString("name").equals("SEND Strategic Partnership Board")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Api.Reply seat = democratic.post("api/bodies/" + body + "/members", "{\"personId\":" + person + ",\"role\":\"CO_OPTED\",\"from\":\"2024-01-01\"}");
        assertThat(seat.status()).as(seat.body()).isEqualTo(201);
        assertThat(rep.get("api/send/sef").status()).as("a seat on the SEND body").isEqualTo(200);
        assertThat(rep.post("api/send/sef", "{}").status()).as("but no editing").isEqualTo(403);
    }

    @Test
    void unknownIdsAre404() {
        Api lead = Api.as(base, "sendlead");
        for (String path : List.of("api/send/inspections/999999999", "api/send/inspections/999999999/recommendations",
                "api/send/recommendations/999999999", "api/send/recommendations/999999999/actions", "api/send/actions/999999999",
                "api/send/sef/999999", "api/send/sef/999999/sef.pdf", "api/send/metrics/999999999")) {
            Api.Reply reply = lead.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.isProblem()).as(path).isTrue();
        }
        assertThat(lead.put("api/send/actions/999999999", "{\"title\":\"x\",\"status\":\"ON_COURSE\",\"version\":0}").status()).isEqualTo(404);
        assertThat(lead.put("api/send/sef/entries/no-such-entry/answers", "{\"actionIds\":[]}").status()).isEqualTo(404);
        assertThat(lead.put("api/send/metrics/999999999/values/2023", "{\"value\":1}").status()).isEqualTo(404);
    }

    @Test
    void badInputIsA400NamingTheField() {
        Api lead = Api.as(base, "sendlead");
        assertThat(lead.post("api/send/inspections", "{\"inspectorates\":[\"OFSTED\"],\"framework\":\"AREA_SEND_2023\",\"startDate\":\"2025-03-10\","
                + "\"endDate\":\"2025-03-06\"}").errorFields()).containsExactly("endDate");
        assertThat(lead.post("api/send/inspections", "{\"framework\":\"AREA_SEND_2023\",\"startDate\":\"2025-03-06\",\"endDate\":\"2025-03-10\","
                + "\"outcome\":\"INCONSISTENT\"}").errorFields()).containsExactly("inspectorates");
        assertThat(lead.post("api/send/inspections", "{\"inspectorates\":[\"CQC\"],\"framework\":\"AREA_SEND_2023\",\"startDate\":\"2025-03-06\","
                + "\"endDate\":\"2025-03-10\",\"outcome\":\"INCONSISTENT\"}").errorFields()).as("an outcome comes with the published report")
                .containsExactly("publishedOn");
        assertThat(lead.post("api/send/inspections", "{\"startDate\":\"10/03/2025\"}").status()).isEqualTo(400);
        JsonObject metric = Send.objects(lead.get("api/send/metrics").array()).stream()
                .filter(m -> m.getString("name").equals("Persistent absence of pupils with SEND")).findFirst().orElseThrow();
        Api.Reply period = lead.put("api/send/metrics/" + metric.getInt("id") + "/values/2023", "{\"value\":30}");
        assertThat(period.errorFields()).containsExactly("period");
        assertThat(period.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("2022/23");
        assertThat(lead.put("api/send/metrics/" + metric.getInt("id") + "/values/2021-22", "{\"value\":130}").errorFields()).containsExactly("value");
        Send send = new Send(base);
        JsonObject draft = send.freshDraft();
        JsonObject area = Json.createObjectBuilder(draft.getJsonArray("areas").getJsonObject(2)).add("title", " ").build();
        Api.Reply blank = lead.put("api/send/sef/" + draft.getInt("number"), Send.content(draft)
                .add("areas", Send.replace(draft.getJsonArray("areas"), 2, area))
                .add("priorities", Json.createArrayBuilder().add(Json.createObjectBuilder().add("recommendation", 9)
                        .add("items", Json.createArrayBuilder().add("x")))).build().toString());
        assertThat(blank.errorFields()).containsExactly("areas[2].title", "priorities[0].recommendation");
        assertThat(lead.get("api/send/sef/" + draft.getInt("number")).json().getJsonArray("areas").getJsonObject(2).getString("title"))
                .as("nothing stored is lost").isNotBlank();
        assertThat(lead.put("api/send/annual-updates/2023-25", "{\"updates\":[]}").errorFields()).containsExactly("year");
        assertThat(lead.put("api/send/sef/" + draft.getInt("number"), "").status()).isEqualTo(400);
    }

    @Test
    void metricsAreJudgedAgainstTheirComparatorsByPolarityInTheirUnit() {
        Api lead = Api.as(base, "sendlead");
        List<JsonObject> metrics = Send.objects(Api.as(base, "member").get("api/send/metrics").array());
        JsonObject absence = metrics.stream().filter(m -> m.getString("name").equals("Persistent absence of pupils with SEND")).findFirst().orElseThrow();
        JsonObject latest = absence.getJsonObject("latest");
        assertThat(latest.getString("period")).isEqualTo("2022-23");
        assertThat(latest.getString("status")).isEqualTo("WORSE");
        assertThat(latest.getJsonNumber("difference").bigDecimalValue()).isEqualByComparingTo("-1.1");
        assertThat(latest.getString("sentence")).isEqualTo("Worse than the comparator: 33.4%, 1.1 points above 32.3%.");
        JsonObject requests = metrics.stream().filter(m -> m.getString("name").equals("EHC needs assessment requests")).findFirst().orElseThrow();
        assertThat(requests.getString("polarity")).isEqualTo("NONE");
        assertThat(requests.getJsonArray("values")).hasSize(2);
        assertThat(requests.getString("trendSentence")).isEqualTo("Up 224 from 293 in 2019.");

        String name = "Tribunal appeals upheld " + Api.unique();
        Api.Reply created = lead.post("api/send/metrics", "{\"name\":\"" + name + "\",\"unit\":\"PERCENT\",\"polarity\":\"LOWER_IS_BETTER\","
                + "\"tolerance\":0.5,\"periodType\":\"ACADEMIC_YEAR\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(lead.put("api/send/metrics/" + id + "/values/2022-23", "{\"value\":96.5,\"comparator\":98.8,\"neighbours\":96.2}").status()).isEqualTo(200);
        JsonObject recorded = lead.put("api/send/metrics/" + id + "/values/2023-24", "{\"value\":98.9,\"comparator\":98.7}").json();
        JsonObject last = recorded.getJsonObject("latest");
        assertThat(last.getString("status")).isEqualTo("SIMILAR");
        assertThat(recorded.getString("trend")).isEqualTo("WORSENING");
        assertThat(recorded.getJsonArray("values").getJsonObject(0).getString("neighbourStatus")).isEqualTo("SIMILAR");
        Api.Reply again = lead.put("api/send/metrics/" + id + "/values/2023-24", "{\"value\":97}");
        assertThat(again.status()).as("changing a recorded period needs its version").isEqualTo(409);
        assertThat(lead.put("api/send/metrics/" + id + "/values/2023-24", "{\"value\":97,\"version\":" + last.getInt("version") + "}").status())
                .isEqualTo(200);
        assertThat(Api.as(base, "admin").get("api/audit?entity=SendMetricValue&limit=500").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(e -> "value".equals(e.getString("field", null)))
                .anyMatch(e -> "98.9".equals(e.getString("oldValue", null)) && "97".equals(e.getString("newValue", null))))
                .as("the change of the figure is audited").isTrue();
    }

    @Test
    void theActionPlanKeepsItsRules() {
        Api lead = Api.as(base, "sendlead");
        JsonObject inspection = demoInspection(lead);
        long recommendation = lead.get("api/send/inspections/" + inspection.getInt("id") + "/recommendations").array().getJsonObject(1)
                .getJsonNumber("id").longValue();
        String title = "Evaluate the inclusion charter " + Api.unique();
        Api.Reply created = lead.post("api/send/recommendations/" + recommendation + "/actions", "{\"title\":\"" + title + "\",\"milestones\":["
                + "{\"planYear\":1,\"description\":\"Charter drafted\",\"dueOn\":\"2024-02-29\"},"
                + "{\"planYear\":2,\"description\":\"Charter adopted by all settings\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject action = created.json();
        assertThat(action.getString("code")).startsWith("2.");
        assertThat(action.getString("status")).isEqualTo("NOT_STARTED");
        List<JsonObject> milestones = Send.objects(action.getJsonArray("milestones"));
        assertThat(milestones.get(0).getString("planYearLabel")).isEqualTo("Year 1 (to July 2024)");
        assertThat(milestones.get(1).getString("dueOn")).as("the end of plan year 2").isEqualTo("2025-07-09");
        assertThat(milestones).allSatisfy(m -> assertThat(m.getBoolean("overdue")).isTrue());
        assertThat(action.getInt("overdueMilestones")).isEqualTo(2);

        long id = action.getJsonNumber("id").longValue();
        String change = "{\"title\":\"" + title + "\",\"status\":\"AT_RISK\",\"milestones\":[{\"id\":" + milestones.get(0).getInt("id")
                + ",\"planYear\":1,\"description\":\"Charter drafted\",\"dueOn\":\"2024-02-29\",\"completedOn\":\"2024-02-20\"}],\"version\":"
                + action.getInt("version");
        Api.Reply noNote = lead.put("api/send/actions/" + id, change + "}");
        assertThat(noNote.errorFields()).containsExactly("note");
        Api.Reply withNote = lead.put("api/send/actions/" + id, change + ",\"note\":{\"period\":\"Q3 2024/25\",\"text\":\"Two settings have not"
                + " signed; the Head of Inclusion meets them in January.\"}}");
        assertThat(withNote.status()).as(withNote.body()).isEqualTo(200);
        JsonObject updated = withNote.json();
        assertThat(updated.getString("statusLabel")).isEqualTo("At risk");
        assertThat(updated.getJsonArray("milestones")).hasSize(1);
        assertThat(updated.getInt("overdueMilestones")).isZero();
        assertThat(updated.getJsonArray("notes").getJsonObject(0).getString("period")).isEqualTo("Q3 2024/25");
        assertThat(lead.put("api/send/actions/" + id, change + "}").status()).as("a stale version").isEqualTo(409);
        assertThat(lead.put("api/send/actions/" + id, "{\"title\":\"x\",\"status\":\"ON_COURSE\",\"milestones\":[{\"planYear\":1,"
                + "\"description\":\"Late\",\"dueOn\":\"2025-01-01\"}],\"version\":" + updated.getInt("version") + "}").errorFields())
                .containsExactly("milestones[0].dueOn");
        assertThat(Api.as(base, "admin").get("api/audit?entity=SendAction&id=" + id).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).anyMatch(e -> "status".equals(e.getString("field", null)) && "AT_RISK".equals(e.getString("newValue", null))))
                .as("the status change is audited").isTrue();
    }

    @Test
    void theAnnualUpdateIsKeptPerRecommendationAndPrintedLikeTheLeaflet() throws Exception {
        Api member = Api.as(base, "member");
        assertThat(member.get("api/send/annual-updates").array().getString(0)).isEqualTo("2023-24");
        JsonObject update = member.get("api/send/annual-updates/2023-24").json();
        assertThat(update.getString("priorityYearLabel")).isEqualTo("2024/25");
        List<JsonObject> updates = Send.objects(update.getJsonArray("updates"));
        assertThat(updates).hasSize(6);
        JsonObject four = updates.get(3);
        assertThat(four.getString("wanted")).isEqualTo("Joint data dashboards.");
        assertThat(four.getJsonArray("did")).hasSize(5);
        assertThat(four.getJsonArray("did").getString(4)).isEqualTo("The co-production of a SEND Joint Strategic Needs Assessment is almost complete.");
        HttpResponse<byte[]> pdf = member.bytes("api/send/annual-updates/2023-24/update.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = Send.text(pdf.body());
        assertThat(text).contains("Recommendation: 6").contains("What we wanted: Joint data dashboards.").contains("The difference it made:")
                .contains("Priority 2024/25:").contains("SEND champions are operational");
        assertThat(Send.failedPdfUaRules(pdf.body())).isEmpty();
        assertThat(member.get("api/send/annual-updates/2031-32/update.pdf").status()).isEqualTo(404);
        assertThat(member.get("api/send/metrics/summary.pdf").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheSendApi() {
        String openapi = Api.anonymous(base).get("openapi").body();
        assertThat(openapi).contains("/api/send/sef/{number}/agree").contains("/api/send/sef/compare").contains("/api/send/metrics/{id}/values/{period}")
                .contains("/api/send/annual-updates/{year}/update.pdf");
    }
}

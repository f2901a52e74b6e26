package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Meetings, their publication deadlines around weekends and bank holidays, and the agenda rules. */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private Api democratic() {
        return Api.as(base, "democratic");
    }

    private long hwb() {
        return Api.anonymous(base).get("api/bodies").array().stream().map(b -> b.asJsonObject())
                .filter(b -> b.getString("name").equals("Health and Wellbeing Board")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private JsonObject meeting(String start) {
        Api.Reply created = democratic().post("api/meetings",
                "{\"bodyId\":" + hwb() + ",\"start\":\"" + start + "\",\"venue\":\"Council Chamber, Civic Centre\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String item(String title, String extra) {
        return "{\"title\":\"" + title + "\",\"purpose\":\"FOR_DECISION\",\"part\":\"PART_1\"" + extra + "}";
    }

    @Test
    void deadlinesFollowTheWorkingDayCalendar() {
        JsonObject december = meeting("2024-12-10T17:00:00Z");
        assertThat(december.getString("status")).isEqualTo("DRAFT");
        JsonObject deadline = democratic().get("api/meetings/" + id(december) + "/deadline").json();
        assertThat(deadline.getString("publishBy")).isEqualTo("2024-12-02");
        assertThat(deadline.getInt("clearDays")).isEqualTo(5);
        assertThat(deadline.getBoolean("missed")).isTrue();

        assertThat(democratic().get("api/meetings/" + id(meeting("2025-01-02T14:00:00Z")) + "/deadline").json().getString("publishBy"))
                .as("Christmas, Boxing Day, New Year").isEqualTo("2024-12-20");
        assertThat(democratic().get("api/meetings/" + id(meeting("2025-04-23T18:00:00+01:00")) + "/deadline").json().getString("publishBy"))
                .as("Easter 2025").isEqualTo("2025-04-11");
        assertThat(democratic().get("api/meetings/" + id(meeting("2024-12-16T10:00:00Z")) + "/deadline").json().getString("publishBy"))
                .as("a Monday meeting: the weekend before is not working days").isEqualTo("2024-12-06");

        JsonObject future = democratic().get("api/meetings/" + id(meeting("2099-06-16T17:00:00+01:00")) + "/deadline").json();
        assertThat(future.getBoolean("missed")).isFalse();
        assertThat(future.getJsonNumber("daysLeft").longValue()).isPositive();
    }

    @Test
    void lateItemsNeedAReasonForUrgency() {
        long past = id(meeting("2024-12-10T17:00:00Z"));
        Api.Reply refused = democratic().post("api/meetings/" + past + "/items", item("SEND Reporting", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("urgencyReason");
        assertThat(democratic().get("api/meetings/" + past + "/items").array()).as("nothing stored").isEmpty();

        JsonObject late = democratic().post("api/meetings/" + past + "/items",
                item("SEND Reporting", ",\"startTime\":\"18:05\",\"urgencyReason\":\"The annual report was not available when the agenda was printed\""))
                .json();
        assertThat(late.getBoolean("late")).isTrue();
        assertThat(late.getString("startTimeLabel")).isEqualTo("(18.05)");

        long future = id(meeting("2099-03-10T17:00:00Z"));
        JsonObject onTime = democratic().post("api/meetings/" + future + "/items", item("Minutes", "")).json();
        assertThat(onTime.getBoolean("late")).isFalse();
    }

    @Test
    void partTwoItemsNeedAnExemptionParagraph() {
        long meeting = id(meeting("2099-03-11T17:00:00Z"));
        String partTwo = "{\"title\":\"Contract award\",\"purpose\":\"FOR_DECISION\",\"part\":\"PART_2\"";
        assertThat(democratic().post("api/meetings/" + meeting + "/items", partTwo + "}").errorFields()).containsExactly("exemptParagraph");
        assertThat(democratic().post("api/meetings/" + meeting + "/items", partTwo + ",\"exemptParagraph\":9}").errorFields())
                .containsExactly("exemptParagraph");
        JsonObject item = democratic().post("api/meetings/" + meeting + "/items", partTwo + ",\"exemptParagraph\":3}").json();
        assertThat(item.getString("exemptionLabel")).isEqualTo("Exempt – paragraph 3");
    }

    @Test
    void itemsAreNumberedAndRenumberedOnReorder() {
        Api api = democratic();
        long meeting = id(meeting("2099-03-12T17:00:00Z"));
        long first = id(api.post("api/meetings/" + meeting + "/items", item("Apologies", "")).json());
        long second = id(api.post("api/meetings/" + meeting + "/items", item("Declarations of interest", "")).json());
        long third = id(api.post("api/meetings/" + meeting + "/items", item("Minutes", "")).json());

        List<String> order = api.put("api/meetings/" + meeting + "/items/order", "{\"itemIds\":[" + third + "," + first + "," + second + "]}")
                .array().stream().map(i -> i.asJsonObject().getInt("number") + " " + i.asJsonObject().getString("title")).toList();
        assertThat(order).containsExactly("1 Minutes", "2 Apologies", "3 Declarations of interest");
        assertThat(api.put("api/meetings/" + meeting + "/items/order", "{\"itemIds\":[" + third + "," + first + "]}").errorFields())
                .containsExactly("itemIds");

        assertThat(api.put("api/meetings/" + meeting + "/items/" + second, item("Declarations of interest", ",\"number\":1,\"version\":0")).status())
                .as("renumbering changed the item, so version 0 is stale").isEqualTo(409);
        long version = api.get("api/meetings/" + meeting + "/items").array().stream().map(i -> i.asJsonObject())
                .filter(i -> id(i) == second).findFirst().orElseThrow().getJsonNumber("version").longValue();
        assertThat(api.put("api/meetings/" + meeting + "/items/" + second, item("Declarations of interest", ",\"number\":1,\"version\":" + version)).status())
                .isEqualTo(200);
        assertThat(titles(meeting)).containsExactly("Declarations of interest", "Minutes", "Apologies");

        assertThat(api.delete("api/meetings/" + meeting + "/items/" + third).status()).isEqualTo(204);
        assertThat(api.get("api/meetings/" + meeting + "/items").array().stream().map(i -> i.asJsonObject().getInt("number")))
                .containsExactly(1, 2);
    }

    private List<String> titles(long meeting) {
        return democratic().get("api/meetings/" + meeting + "/items").array().stream()
                .map(i -> i.asJsonObject().getString("title")).toList();
    }

    @Test
    void statusFollowsTheMeetingsLifeAndCancellationNeedsAReason() {
        JsonObject m = meeting("2099-04-01T17:00:00+01:00");
        String base = "{\"bodyId\":" + hwb() + ",\"start\":\"2099-04-01T17:00:00+01:00\",\"venue\":\"Council Chamber\"";
        assertThat(democratic().put("api/meetings/" + id(m), base + ",\"status\":\"HELD\",\"version\":0}").errorFields()).containsExactly("status");
        assertThat(democratic().put("api/meetings/" + id(m), base + ",\"status\":\"CANCELLED\",\"version\":0}").errorFields())
                .containsExactly("cancellationReason");
        JsonObject cancelled = democratic().put("api/meetings/" + id(m),
                base + ",\"status\":\"CANCELLED\",\"cancellationReason\":\"Not quorate\",\"version\":0}").json();
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(democratic().put("api/meetings/" + id(m), base + ",\"version\":0}").status()).as("stale version").isEqualTo(409);
    }

    @Test
    void meetingsAreListedByBodyAndDateAndKeptByDemocraticServices() {
        long body = id(democratic().post("api/bodies", "{\"name\":\"Listing Group " + Api.unique() + "\",\"kind\":\"SUB_GROUP\"}").json());
        democratic().post("api/meetings", "{\"bodyId\":" + body + ",\"start\":\"2098-02-03T17:00:00Z\",\"venue\":\"Room 1\"}");
        democratic().post("api/meetings", "{\"bodyId\":" + body + ",\"start\":\"2098-03-03T17:00:00Z\",\"venue\":\"Room 1\"}");
        JsonObject page = democratic().get("api/meetings?body=" + body + "&from=2098-02-01&to=2098-02-28").json();
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("start")).isEqualTo("2098-02-03T17:00:00Z");
        assertThat(Api.anonymous(base).get("api/meetings?body=" + body).json().getInt("total")).as("drafts are not announced").isZero();
        long draft = id(page.getJsonArray("items").getJsonObject(0));
        assertThat(Api.anonymous(base).get("api/meetings/" + draft).status()).isEqualTo(404);
        assertThat(Api.anonymous(base).get("api/meetings/" + draft + "/items").status()).isEqualTo(404);
        assertThat(Api.anonymous(base).get("api/meetings?from=2098-02-30").errorFields()).containsExactly("from");
        assertThat(Api.as(base, "member").post("api/meetings", "{\"bodyId\":" + hwb() + ",\"start\":\"2099-01-01T10:00:00Z\",\"venue\":\"x\"}")
                .status()).isEqualTo(403);
        assertThat(democratic().post("api/meetings", "{\"bodyId\":987654,\"venue\":\"\"}").errorFields()).contains("start", "venue");
        assertThat(democratic().post("api/meetings", "{\"bodyId\":987654,\"start\":\"2099-01-01T10:00:00Z\",\"venue\":\"Hall\"}").errorFields())
                .containsExactly("bodyId");
        assertThat(Api.anonymous(base).get("api/meetings/987654").status()).isEqualTo(404);
    }
}

package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Publishing: frozen versions, "Updated", deadline warnings, the public pages, feeds, open data and search. */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void publishingFreezesWhatThePublicSeesUntilTheNextVersion() {
        Papers p = new Papers(base);
        long body = p.body("Versions board " + Api.unique());
        long meeting = p.meeting(body, "2099-07-07T17:00:00+01:00");
        Api anonymous = Api.anonymous(base);
        assertThat(anonymous.get("api/meetings/" + meeting).status()).as("drafts are not announced").isEqualTo(404);
        assertThat(anonymous.get("public/meeting.xhtml?id=" + meeting).body()).contains("There is no meeting here");

        long report = id(p.report(meeting, "Annual report", "<p>The year in review.</p>"));
        p.makeReady(report);
        p.item(meeting, "Annual report", ",\"reportId\":" + report);
        JsonObject first = p.publish(meeting);
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(first.getBoolean("pastDeadline")).isFalse();
        assertThat(first.containsKey("warning")).isFalse();
        JsonObject published = anonymous.get("api/meetings/" + meeting + "/published").json();
        assertThat(published.getInt("publicationNumber")).isEqualTo(1);
        assertThat(published.containsKey("updatedAt")).isFalse();

        p.item(meeting, "Any other business", "");
        assertThat(anonymous.get("api/meetings/" + meeting + "/published").json().getJsonArray("items")).as("frozen until republished").hasSize(1);
        assertThat(anonymous.get("public/meeting.xhtml?id=" + meeting).body()).doesNotContain("Any other business").doesNotContain("Updated");

        assertThat(p.publish(meeting).getInt("number")).isEqualTo(2);
        JsonObject second = anonymous.get("api/meetings/" + meeting + "/published").json();
        assertThat(second.getJsonArray("items")).hasSize(2);
        assertThat(second.getString("updatedAt")).isNotBlank();
        String page = anonymous.get("public/meeting.xhtml?id=" + meeting).body();
        assertThat(page).contains("Any other business").contains("Updated").contains("Annual report");
        assertThat(anonymous.get("public/report.xhtml?id=" + report).body()).contains("1.1").contains("The year in review.")
                .contains("2.1").contains("To note the report").contains("Executive Director");
        assertThat(p.democratic().get("api/meetings/" + meeting + "/publications").array()).hasSize(2);
        assertThat(anonymous.post("api/meetings/" + meeting + "/publish", "").status()).isEqualTo(401);
        assertThat(Api.as(base, "author").post("api/meetings/" + meeting + "/publish", "").status()).isEqualTo(403);
    }

    @Test
    void publishingAfterTheDeadlineWarnsWithTheReason() {
        Papers p = new Papers(base);
        long meeting = p.meeting(p.body("Late board " + Api.unique()), "2024-12-10T17:00:00Z");
        p.item(meeting, "Late item", ",\"urgencyReason\":\"Data arrived after the deadline\"");
        JsonObject published = p.publish(meeting);
        assertThat(published.getBoolean("pastDeadline")).isTrue();
        assertThat(published.getString("warning")).contains("after the deadline of Monday 2 December 2024")
                .contains("Tuesday 10 December 2024");
    }

    /** The VEVENT of one meeting in an iCalendar text. */
    private static String event(String ics, long meeting) {
        return java.util.Arrays.stream(ics.split("BEGIN:VEVENT")).filter(e -> e.contains("UID:meeting-" + meeting + "@"))
                .findFirst().orElseThrow(() -> new AssertionError("no event for meeting " + meeting + " in\n" + ics));
    }

    @Test
    void calendarsFeedsAndOpenDataShowAnnouncedMeetings() {
        Papers p = new Papers(base);
        String suffix = Api.unique();
        long body = p.body("Feeds board " + suffix);
        long held = p.meeting(body, "2099-09-01T17:00:00+01:00");
        long draft = p.meeting(body, "2099-10-01T17:00:00+01:00");
        long report = id(p.report(held, "Feeds report " + suffix, "<p>Published text about hospital discharge " + suffix + ".</p>"));
        Papers.created(p.author().upload("api/reports/" + report + "/appendices", "q2.pdf", Papers.pdf("Quarter two return " + suffix, 2), "Q2 return"));
        p.makeReady(report);
        p.item(held, "Feeds item", ",\"reportId\":" + report);
        p.publish(held);

        Api anonymous = Api.anonymous(base);
        Api.Reply ics = anonymous.get("bodies/" + body + "/calendar.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.body()).contains("BEGIN:VCALENDAR").contains("VERSION:2.0").contains("UID:meeting-" + held + "@")
                .contains("LOCATION:Committee Room 1").doesNotContain("UID:meeting-" + draft + "@");
        String sequence = event(ics.body(), held).lines().filter(l -> l.startsWith("SEQUENCE:")).findFirst().orElseThrow();

        JsonObject meeting = p.democratic().get("api/meetings/" + held).json();
        Api.Reply cancelled = p.democratic().put("api/meetings/" + held, "{\"bodyId\":" + body + ",\"start\":\"" + meeting.getString("start")
                + "\",\"venue\":\"Committee Room 1\",\"status\":\"CANCELLED\",\"cancellationReason\":\"Not quorate\",\"version\":" + meeting.getInt("version") + "}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        String event = event(anonymous.get("calendar.ics").body(), held);
        assertThat(event).contains("STATUS:CANCELLED").contains("SEQUENCE:").doesNotContain(sequence);
        assertThat(anonymous.get("public/meeting.xhtml?id=" + held).body()).contains("This meeting has been cancelled").contains("Not quorate");
        assertThat(anonymous.get("bodies/999999999/calendar.ics").status()).isEqualTo(404);

        Api.Reply rss = anonymous.get("feeds/documents.rss");
        assertThat(rss.contentType()).startsWith("application/rss+xml");
        assertThat(rss.body()).contains("<rss version=\"2.0\">").contains("Feeds report " + suffix).contains("Q2 return");

        JsonObject system = anonymous.get("oparl/v1.1/system").json();
        assertThat(system.getString("type")).isEqualTo("https://schema.oparl.org/1.1/System");
        JsonObject bodies = anonymous.get(system.getString("body").replaceFirst("^.*?/oparl/", "oparl/")).json();
        assertThat(bodies.getJsonArray("data")).hasSize(1);
        assertThat(bodies.getJsonObject("pagination").getInt("totalElements")).isEqualTo(1);
        JsonObject oparlMeeting = anonymous.get("oparl/v1.1/meeting/" + held).json();
        assertThat(oparlMeeting.getBoolean("cancelled")).isTrue();
        assertThat(oparlMeeting.getJsonArray("agendaItem").getJsonObject(0).getBoolean("public")).isTrue();
        JsonObject paper = anonymous.get("oparl/v1.1/paper/" + report).json();
        assertThat(paper.getString("name")).isEqualTo("Feeds report " + suffix);
        assertThat(paper.getJsonArray("auxiliaryFile").getJsonObject(0).getString("mimeType")).isEqualTo("application/pdf");
        JsonObject meetings = anonymous.get("oparl/v1.1/body/1/meetings?page=1").json();
        assertThat(meetings.getJsonObject("links").getString("first")).contains("page=1");
        assertThat(anonymous.get("oparl/v1.1/meeting/" + draft).status()).isEqualTo(404);
        assertThat(anonymous.get("oparl/v1.1/body/1/meetings?page=0").status()).isEqualTo(400);

        JsonObject hits = anonymous.get("api/search?q=discharge+" + suffix).json();
        assertThat(hits.getInt("total")).isEqualTo(1);
        assertThat(hits.getJsonArray("items").getJsonObject(0).getString("snippet")).contains("hospital discharge");
        assertThat(anonymous.get("api/search?q=%22Quarter+two+return+" + suffix + "%22").json().getJsonArray("items").getJsonObject(0)
                .getString("kind")).isEqualTo("appendix");
        assertThat(anonymous.get("api/search?q=" + suffix + "&body=" + body).json().getInt("total")).isEqualTo(2);
        assertThat(anonymous.get("api/search?q=" + suffix + "&to=2099-08-31").json().getInt("total")).isZero();
    }

    @Test
    void theDemoMeetingOfTenthDecember2024CarriesItsLateItems() {
        Api anonymous = Api.anonymous(base);
        long hwb = anonymous.get("api/bodies").array().stream().map(b -> b.asJsonObject())
                .filter(b -> b.getString("name").equals("Health and Wellbeing Board")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject meetings = anonymous.get("api/meetings?body=" + hwb + "&from=2024-12-10&to=2024-12-10").json();
        assertThat(meetings.getInt("total")).isEqualTo(1);
        JsonObject meeting = meetings.getJsonArray("items").getJsonObject(0);
        assertThat(meeting.getString("start")).isEqualTo("2024-12-10T17:00:00Z");
        var items = anonymous.get("api/meetings/" + id(meeting) + "/published").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject()).toList();
        assertThat(items).hasSize(10);
        JsonObject send = items.get(6);
        assertThat(send.getJsonObject("item").getString("title")).isEqualTo("SEND Reporting");
        assertThat(send.getJsonObject("item").getString("startTimeLabel")).isEqualTo("(18.05)");
        assertThat(send.getJsonObject("item").getBoolean("late")).isTrue();
        assertThat(send.getJsonObject("report").getJsonObject("report").getString("executiveDirector")).isEqualTo("Micheal Marks");
        assertThat(items.get(8).getJsonObject("item").getString("startTimeLabel")).isEqualTo("(18.40)");
        assertThat(items.get(9).getJsonObject("item").getString("title")).isEqualTo("Better Care Fund Update (for information)");
        assertThat(items.get(9).getJsonObject("item").getString("urgencyReason")).isNotBlank();
        assertThat(anonymous.get("public/index.xhtml?body=" + hwb).body()).contains("Next meeting");
    }
}

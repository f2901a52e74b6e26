package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One truth for a meeting's state: its phase, deadline message and versions come from the same
 * facts (GET /api/meetings/{id}/state, and every screen shows that record), so they never
 * contradict each other; and a person following a link to a document that does not exist gets
 * the site's error page, while API clients still get problem JSON.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingStateIT {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void aMeetingsPhaseDeadlineMessageAndVersionsAgree() {
        Screens places = new Screens(base);
        Api anonymous = Api.anonymous(base);
        JsonObject held = anonymous.get("api/meetings/" + places.place("demoMeeting") + "/state").json();
        // The demo's December meeting is held and its minutes approved at the March meeting (issue 14's demo record).
        assertThat(held.getString("phase")).isEqualTo("MINUTES_APPROVED");
        assertThat(held.getString("phaseLabel")).isEqualTo("Minutes approved");
        assertThat(held.getString("tone")).isEqualTo("LATE");
        assertThat(held.getString("deadlineMessage")).startsWith("Published late: version 1 on ")
                .contains("after the deadline of Monday 2 December 2024").doesNotContain("left");
        JsonObject first = held.getJsonArray("versions").getJsonObject(0);
        assertThat(first.getString("publishedBy")).as("people by name, never usernames").isEqualTo("Rob Harris");
        assertThat(held.getBoolean("mayPublish")).as("only democratic services publish").isFalse();

        JsonObject asClerk = Api.as(base, "democratic").get("api/meetings/" + places.place("demoMeeting") + "/state").json();
        assertThat(asClerk.getBoolean("mayPublish")).isTrue();
        assertThat(asClerk.getBoolean("correctionNeeded")).isTrue();
        assertThat(asClerk.getString("publishLabel")).startsWith("Publish correction (version ");

        // Announced (recorded as Published) but with no version: the state says so, and so does the public page.
        long hwb = Long.parseLong(places.place("hwb"));
        JsonObject announced = anonymous.get("api/meetings?body=" + hwb + "&from=" + java.time.LocalDate.now()).json().getJsonArray("items")
                .stream().map(j -> (JsonObject) j).filter(m -> anonymous.get("api/meetings/" + m.getJsonNumber("id") + "/publications").array().isEmpty())
                .findFirst().orElseThrow();
        JsonObject state = anonymous.get("api/meetings/" + announced.getJsonNumber("id") + "/state").json();
        assertThat(state.getString("phaseLabel")).isEqualTo("Agenda not yet published");
        assertThat(state.getString("deadlineMessage")).startsWith("Publish by ");
        String page = anonymous.get("public/meeting.xhtml?id=" + announced.getJsonNumber("id")).body();
        assertThat(page).contains("Agenda not yet published").contains("has not been published yet").doesNotContain(">Published<");

        assertThat(anonymous.get("api/meetings/" + places.place("draftMeeting") + "/state").status()).as("drafts are not announced").isEqualTo(404);
        assertThat(Api.as(base, "democratic").get("api/meetings/" + places.place("draftMeeting") + "/state").json().getString("phaseLabel"))
                .isEqualTo("Draft (not announced)");
    }

    @Test
    void thePublicMeetingPageLinksOnlyPacksThatExist() throws InterruptedException {
        Screens places = new Screens(base);
        Api anonymous = Api.anonymous(base);
        String september = places.place("septemberMeeting");
        String december = places.place("demoMeeting");
        Instant until = Instant.now().plusSeconds(120);
        while (!anonymous.get("api/meetings/" + december + "/state").json().getJsonArray("packs").toString().contains("SUPPLEMENTARY")
                || !anonymous.get("api/meetings/" + september + "/state").json().getJsonArray("packs").toString().contains("PUBLIC")) {
            assertThat(Instant.now()).as("the demo meetings' packs are built after start-up").isBefore(until);
            Thread.sleep(500);
        }
        assertThat(anonymous.get("api/meetings/" + september + "/state").json().getJsonArray("packs").toString())
                .doesNotContain("SUPPLEMENTARY").doesNotContain("MEMBERS");
        String septemberPage = anonymous.get("public/meeting.xhtml?id=" + september).body();
        assertThat(septemberPage).contains("Public Document Pack (PDF)").doesNotContain("variant=supplementary").doesNotContain("variant=members");
        String decemberPage = anonymous.get("public/meeting.xhtml?id=" + december).body();
        assertThat(decemberPage).contains("variant=supplementary").doesNotContain("variant=members");
        assertThat(Api.as(base, "member").get("public/meeting.xhtml?id=" + december).body()).as("a member of the board").contains("variant=members");
    }

    @Test
    void aBrowserFollowingALinkToAMissingDocumentGetsTheSitesErrorPage() {
        Screens places = new Screens(base);
        Api anonymous = Api.anonymous(base);
        String missing = "api/meetings/" + places.place("septemberMeeting") + "/pack.pdf?variant=supplementary";

        Api.Reply page = anonymous.get(missing, BROWSER);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Page or document not found").contains("has no supplementary pack (it has no late items)")
                .contains("Accessibility statement");

        Api.Reply problem = anonymous.get(missing, "application/json");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.isProblem()).isTrue();
        assertThat(problem.json().getString("detail")).contains("no supplementary pack");
        assertThat(anonymous.get(missing).isProblem()).as("a script asking for anything still gets problem JSON").isTrue();

        Api.Reply badVariant = anonymous.get("api/meetings/" + places.place("demoMeeting") + "/pack.pdf?variant=everything", BROWSER);
        assertThat(badVariant.status()).isEqualTo(400);
        assertThat(badVariant.body()).contains("This could not be done").contains("variant: must be one of");

        Api.Reply members = anonymous.get("api/meetings/" + places.place("demoMeeting") + "/pack.pdf?variant=members", BROWSER);
        assertThat(members.status()).as("someone not signed in is asked to sign in, not shown a password box").isEqualTo(302);
    }
}

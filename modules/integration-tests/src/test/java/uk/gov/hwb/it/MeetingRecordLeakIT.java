package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A confidential (Part 2) resolution, minute, declaration and action never reach anyone who may
 * not see them, by any route of the meeting record: its text (a unique marker) is fetched from every
 * route — each must answer 200 with the public item's title there, so a broken route cannot pass
 * as a safe one — anonymously and as a member of another body, and must be absent; a member of the
 * body sees it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingRecordLeakIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private String suffix;
    private String marker;
    private String openTitle;
    private long body;
    private long meeting;
    private long next;
    private Api insider;
    private Api outsider;

    @BeforeEach
    void aMeetingWhoseConfidentialBusinessIsMinuted() throws InterruptedException {
        Records r = new Records(base);
        suffix = Api.unique();
        marker = "zqxminute" + suffix;
        openTitle = "Open item " + suffix;
        body = r.body("Record leak board " + suffix, 1, 0, false, "");
        long insiderPerson = r.person("Insider " + suffix);
        r.member(body, insiderPerson, "MEMBER", "");
        insider = r.user(insiderPerson, "rinsider" + suffix);
        long other = r.body("Record other board " + suffix, 1, 0, false, "");
        long outsiderPerson = r.person("Outsider " + suffix);
        r.member(other, outsiderPerson, "MEMBER", "");
        outsider = r.user(outsiderPerson, "routsider" + suffix);

        meeting = r.meeting(body, 15);
        long open = r.item(meeting, openTitle, "");
        long secret = r.item(meeting, "Contract award " + suffix, ",\"part\":\"PART_2\",\"exemptParagraph\":3");
        r.publish(meeting);
        Api clerk = r.democratic();
        clerk.put("api/meetings/" + meeting + "/attendance", "{\"members\":[],\"others\":[],\"version\":0}");
        assertThat(clerk.post("api/meetings/" + meeting + "/declarations", "{\"itemId\":" + secret + ",\"personId\":" + insiderPerson
                + ",\"kind\":\"Other registrable interest\",\"nature\":\"Related to " + marker + "\",\"participation\":\"WITHDREW\"}").status()).isEqualTo(201);
        assertThat(clerk.post("api/meetings/" + meeting + "/declarations", "{\"itemId\":" + open + ",\"personId\":" + insiderPerson
                + ",\"kind\":\"Other registrable interest\",\"nature\":\"A neighbour\",\"participation\":\"DISCUSSION_AND_VOTE\"}").status()).isEqualTo(201);
        Api.Reply minutes = clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + open
                + ",\"minute\":\"Discussed in public.\",\"resolutions\":[\"That the open plan " + suffix + " be noted.\"]},{\"itemId\":" + secret
                + ",\"minute\":\"Bids were compared: " + marker + ".\",\"resolutions\":[\"That the contract be awarded to " + marker + ".\"],"
                + "\"votes\":{\"for\":1,\"against\":0,\"abstentions\":0},\"publicSummary\":\"The Board agreed a contract award " + suffix + ".\"}],\"version\":0}");
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(200);
        Papers.created(clerk.post("api/meetings/" + meeting + "/actions", "{\"itemId\":" + secret + ",\"description\":\"Notify " + marker + "\"}"));
        Papers.created(clerk.post("api/meetings/" + meeting + "/actions", "{\"itemId\":" + open + ",\"description\":\"Publish the open plan\"}"));

        next = r.meeting(body, 5); // carries "Minutes of the previous meeting": its packs print them
        r.publish(next);
        Instant until = Instant.now().plus(Duration.ofSeconds(180));
        while (Api.anonymous(base).bytes("api/meetings/" + next + "/pack.pdf").statusCode() != 200) {
            assertThat(Instant.now()).as("the next meeting's packs are built").isBefore(until);
            Thread.sleep(500);
        }
    }

    /** Every route of the meeting record as {@code api} gets it: path to text (PDFs as their text). */
    private Map<String, String> everything(Api api) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : List.of("api/meetings/" + meeting + "/minutes", "api/meetings/" + meeting + "/declarations",
                "api/meetings/" + meeting + "/actions", "api/meetings/" + next + "/actions", "api/decisions?body=" + body,
                "api/search?q=" + suffix, "feeds/documents.rss", "oparl/v1.1/meeting/" + meeting,
                "public/minutes.xhtml?id=" + meeting, "public/decisions.xhtml?body=" + body, "public/meeting.xhtml?id=" + meeting)) {
            Api.Reply reply = api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            pages.put(path, reply.body());
        }
        for (String path : List.of("api/meetings/" + meeting + "/minutes.pdf", "api/meetings/" + next + "/pack.pdf")) {
            var pdf = api.bytes(path);
            assertThat(pdf.statusCode()).as(path).isEqualTo(200);
            pages.put(path, text(pdf.body()));
        }
        // Routes that carry no item titles: they must answer, and hold no marker.
        for (String path : List.of("api/meetings/" + meeting + "/attendance", "api/meetings/" + meeting + "/quorum",
                "oparl/v1.1/meeting/" + meeting + "/resultsprotocol", "api/meetings/" + next + "/minutes", "api/decisions")) {
            Api.Reply reply = api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.body()).as(path).doesNotContain(marker);
        }
        return pages;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private void neverSeen(Api api) throws IOException {
        everything(api).forEach((path, text) -> {
            assertThat(text).as(path + " answers with the public item").containsAnyOf(openTitle, "open plan " + suffix);
            assertThat(text).as(path).doesNotContain(marker);
        });
        long item = api.get("api/meetings/" + meeting + "/minutes").json().getJsonArray("items").getJsonObject(1).getJsonNumber("itemId").longValue();
        Api.Reply oparlItem = api.get("oparl/v1.1/meeting/" + meeting + "/agendaitem/" + item);
        assertThat(oparlItem.status()).isEqualTo(200);
        assertThat(oparlItem.body()).doesNotContain(marker).contains("The Board agreed a contract award " + suffix);
    }

    @Test
    void thePublicNeverSeesConfidentialBusinessOfTheRecord() throws IOException {
        neverSeen(Api.anonymous(base));
        JsonObject decisions = Api.anonymous(base).get("api/decisions?body=" + body).json();
        assertThat(decisions.getInt("total")).as("the confidential decision exists, withheld").isEqualTo(2);
        assertThat(decisions.toString()).contains("Exempt – paragraph 3").contains("The Board agreed a contract award " + suffix);
    }

    @Test
    void aMemberOfAnotherBodyDoesNotSeeItNorInTheAuditLog() throws IOException {
        neverSeen(outsider);
        assertThat(outsider.get("api/audit?limit=500").body()).doesNotContain(marker);
        assertThat(outsider.bytes("api/meetings/" + next + "/pack.pdf?variant=members").statusCode()).isEqualTo(403);
    }

    @Test
    void aMemberOfTheBodySeesIt() throws IOException {
        assertThat(insider.get("api/meetings/" + meeting + "/minutes").body()).contains(marker);
        assertThat(insider.get("api/decisions?body=" + body).body()).contains("That the contract be awarded to " + marker);
        assertThat(insider.get("api/meetings/" + meeting + "/declarations").body()).contains(marker);
        assertThat(text(insider.bytes("api/meetings/" + meeting + "/minutes.pdf").body())).contains(marker);
        assertThat(text(insider.bytes("api/meetings/" + next + "/pack.pdf?variant=members").body())).contains(marker);
        assertThat(Api.as(base, "democratic").get("api/search?q=" + marker).json().getInt("total")).isPositive();
        assertThat(Api.anonymous(base).get("api/search?q=" + marker).json().getInt("total")).isZero();
    }
}

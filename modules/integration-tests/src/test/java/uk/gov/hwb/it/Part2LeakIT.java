package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Confidential (Part 2) content never leaks: a meeting with a Part 2 item whose report and
 * appendix carry a unique marker; every public page, the API, search, RSS, iCal and OParl are
 * fetched anonymously and as a member of another body (the marker must be absent), and as a
 * member of the body (the marker must be there).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Part2LeakIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private String marker;
    private String keyword;
    private long body;
    private long meeting;
    private long confidentialReport;
    private long confidentialAppendix;
    private Api insider;
    private Api outsider;

    @BeforeEach
    void meetingWithAConfidentialItem() {
        Papers p = new Papers(base);
        String suffix = Api.unique();
        marker = "zqxsecret" + suffix;
        keyword = "kwtender" + suffix;
        body = p.body("Leak test board " + suffix);
        long otherBody = p.body("Other board " + suffix);
        insider = member(p, body, "insider" + suffix);
        outsider = member(p, otherBody, "outsider" + suffix);

        meeting = p.meeting(body, "2099-05-12T16:00:00+01:00");
        long publicReport = id(p.report(meeting, "Public report " + suffix, "<p>Open business for everyone.</p>"));
        p.makeReady(publicReport);
        p.item(meeting, "Open item " + suffix, ",\"reportId\":" + publicReport);

        confidentialReport = id(p.report(meeting, "Contract award " + suffix, "<p>The " + keyword + " preferred bidder is " + marker + ".</p>"));
        confidentialAppendix = id(Papers.created(p.author().upload("api/reports/" + confidentialReport + "/appendices", "bids.pdf",
                Papers.pdf("Bid prices " + keyword + " " + marker, 1), "Bid evaluation")));
        p.makeReady(confidentialReport);
        p.item(meeting, "Contract award (exempt) " + suffix,
                ",\"part\":\"PART_2\",\"exemptParagraph\":3,\"reportId\":" + confidentialReport + ",\"urgencyReason\":\"Tender " + marker + "\"");
        p.publish(meeting);
    }

    private Api member(Papers p, long bodyId, String username) {
        long person = id(Papers.created(p.democratic().post("api/people", "{\"name\":\"Member " + username + "\"}")));
        Papers.created(p.democratic().post("api/bodies/" + bodyId + "/members",
                "{\"personId\":" + person + ",\"role\":\"MEMBER\",\"voting\":true,\"from\":\"2024-01-01\"}"));
        Papers.created(Api.as(base, "admin").post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Member\",\"personId\":"
                + person + ",\"roles\":[\"MEMBER\"],\"password\":\"member-password-long\"}"));
        return Api.as(base, username, "member-password-long");
    }

    /** Every public address and API read, fetched as {@code api}: "path -> body" pairs (the marker is never in a path). */
    private java.util.Map<String, String> everything(Api api) {
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (String path : List.of("public/index.xhtml", "public/index.xhtml?body=" + body, "public/meeting.xhtml?id=" + meeting,
                "public/report.xhtml?id=" + confidentialReport, "public/search.xhtml?q=" + keyword,
                "api/meetings?body=" + body, "api/meetings/" + meeting, "api/meetings/" + meeting + "/items",
                "api/meetings/" + meeting + "/published", "api/reports/" + confidentialReport, "api/search?q=" + keyword,
                "api/search?q=bidder", "calendar.ics", "bodies/" + body + "/calendar.ics", "feeds/documents.rss",
                "oparl/v1.1/body/1/meetings?page=1", "oparl/v1.1/meeting/" + meeting, "oparl/v1.1/body/1/papers",
                "oparl/v1.1/paper/" + confidentialReport, "oparl/v1.1/body/1/people")) {
            Api.Reply reply = api.get(path);
            assertThat(reply.status()).as(path).isLessThan(500);
            pages.put(path, reply.body());
        }
        pages.put("appendix", new String(api.bytes("api/appendices/" + confidentialAppendix + "/content").body(), StandardCharsets.ISO_8859_1));
        return pages;
    }

    @Test
    void thePublicNeverSeesConfidentialContent() {
        everything(Api.anonymous(base)).forEach((path, body) -> assertThat(body).as(path).doesNotContain(marker));
        assertThat(Api.anonymous(base).get("api/reports/" + confidentialReport).status()).isEqualTo(403);
        assertThat(Api.anonymous(base).bytes("api/appendices/" + confidentialAppendix + "/content").statusCode()).isEqualTo(403);
        assertThat(Api.anonymous(base).bytes("api/reports/" + confidentialReport + "/report.pdf").statusCode()).isEqualTo(403);
        assertThat(Api.anonymous(base).bytes("api/meetings/" + meeting + "/pack.pdf?variant=members").statusCode()).isEqualTo(403);
        String page = Api.anonymous(base).get("public/meeting.xhtml?id=" + meeting).body();
        assertThat(page).contains("Contract award (exempt)").contains("Exempt – paragraph 3");
    }

    @Test
    void aMemberOfAnotherBodyDoesNotSeeIt() {
        everything(outsider).forEach((path, body) -> assertThat(body).as(path).doesNotContain(marker));
        assertThat(outsider.get("api/reports/" + confidentialReport).status()).isEqualTo(403);
        assertThat(outsider.bytes("api/reports/" + confidentialReport + "/report.pdf").statusCode()).isEqualTo(403);
        assertThat(outsider.bytes("api/meetings/" + meeting + "/pack.pdf?variant=members").statusCode()).isEqualTo(403);
    }

    @Test
    void aMemberOfTheBodySeesIt() {
        assertThat(insider.get("api/meetings/" + meeting + "/published").body()).contains(marker);
        assertThat(insider.get("api/reports/" + confidentialReport).body()).contains(marker);
        assertThat(insider.get("public/report.xhtml?id=" + confidentialReport).body()).contains(marker);
        JsonObject hits = insider.get("api/search?q=" + keyword).json();
        assertThat(hits.getInt("total")).as("report and appendix").isEqualTo(2);
        assertThat(insider.bytes("api/appendices/" + confidentialAppendix + "/content").statusCode()).isEqualTo(200);
        assertThat(Api.as(base, "democratic").get("api/search?q=" + keyword).json().getInt("total")).isEqualTo(2);
        assertThat(Api.anonymous(base).get("api/search?q=" + keyword).json().getInt("total")).isZero();
    }
}

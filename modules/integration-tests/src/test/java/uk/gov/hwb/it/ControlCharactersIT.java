package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import java.io.StringReader;
import java.net.URL;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.InputSource;

/**
 * Control characters are refused in every text field with a 400 naming the field (tab and line
 * breaks only where text may run over several lines; names and titles are single lines), so the
 * feeds built from stored text keep working for everyone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlCharactersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private static void refused(Api.Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.errorFields()).containsExactlyInAnyOrder(fields);
    }

    @Test
    void controlCharactersAreRefusedFieldByField() {
        Papers p = new Papers(base);
        Api democratic = p.democratic();
        String suffix = Api.unique();
        refused(democratic.post("api/bodies", "{\"name\":\"Feed\\u0001 board " + suffix + "\",\"kind\":\"PARTNERSHIP_GROUP\"}"), "name");
        refused(democratic.post("api/people", "{\"name\":\"Nul\\u0000 Person " + suffix + "\"}"), "name");
        refused(democratic.post("api/people", "{\"name\":\"Two\\nLines " + suffix + "\"}"), "name");
        refused(democratic.post("api/organisations", "{\"name\":\"Escape\\u001b Trust " + suffix + "\"}"), "name");
        assertThat(democratic.get("api/people?q=" + suffix).json().getInt("total")).as("nothing stored").isZero();

        long body = p.body("Control board " + suffix);
        long meeting = p.meeting(body, "2099-08-04T17:00:00+01:00");
        refused(democratic.put("api/meetings/" + meeting, "{\"bodyId\":" + body + ",\"start\":\"2099-08-04T17:00:00+01:00\",\"venue\":\"Room\\u0007 1\",\"version\":0}"),
                "venue");
        refused(democratic.post("api/meetings/" + meeting + "/items",
                "{\"title\":\"Item\",\"purpose\":\"FOR_DECISION\",\"part\":\"PART_1\",\"urgencyReason\":\"Late\\u0008\"}"), "urgencyReason");
        var report = p.report(meeting, "Control report " + suffix, "<p>Fine.</p>");
        refused(p.author().put("api/reports/" + id(report), "{\"meetingId\":" + meeting + ",\"title\":\"Title\\u0002\",\"version\":0}"), "title");
        refused(p.author().put("api/reports/" + id(report), "{\"meetingId\":" + meeting + ",\"title\":\"Title\",\"sections\":{\"executiveSummary\":"
                + "\"<p>Bell\\u0007</p>\",\"recommendations\":[\"To note\",\"Escape\\u001b\"]},\"version\":0}"),
                "sections.executiveSummary", "sections.recommendations[1]");
        refused(p.author().upload("api/reports/" + id(report) + "/appendices", "a.pdf", Papers.pdf("Appendix", 1), "Bad\u0001title"), "title");
        refused(democratic.get("api/people?q=a%01b"), "q");

        Api.Reply multiLine = p.author().put("api/reports/" + id(report), "{\"meetingId\":" + meeting + ",\"title\":\"Control report " + suffix
                + "\",\"sections\":{\"executiveSummary\":\"<p>First line\\nsecond line\\twith a tab</p>\"},\"version\":0}");
        assertThat(multiLine.status()).as("line breaks and tabs are fine in multi-line text: " + multiLine.body()).isEqualTo(200);
    }

    @Test
    void theFeedsStayWellFormed() throws Exception {
        Papers p = new Papers(base);
        String suffix = Api.unique();
        p.democratic().post("api/bodies", "{\"name\":\"Feed\\u0001 board " + suffix + "\",\"kind\":\"PARTNERSHIP_GROUP\"}");
        long body = p.body("Feed board " + suffix);
        long meeting = p.meeting(body, "2099-08-05T17:00:00+01:00");
        long report = id(p.report(meeting, "Feed report " + suffix, "<p>Text.</p>"));
        p.makeReady(report);
        p.item(meeting, "Feed item", ",\"reportId\":" + report);
        p.publish(meeting);

        Api.Reply rss = Api.anonymous(base).get("feeds/documents.rss");
        assertThat(rss.status()).isEqualTo(200);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(rss.body())));
        Api.Reply ics = Api.anonymous(base).get("calendar.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.body().chars().filter(c -> c < 0x20 && c != '\r' && c != '\n' && c != '\t').count())
                .as("no control characters in the calendar").isZero();
    }
}

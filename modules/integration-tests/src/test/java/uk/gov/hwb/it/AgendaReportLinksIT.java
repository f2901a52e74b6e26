package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agenda item links only to a report written for its own meeting: an unknown report, or one of
 * another meeting (possibly another body's confidential paper), is refused with a 400 naming
 * {@code reportId}, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgendaReportLinksIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private static String item(String title, String extra) {
        return "{\"title\":\"" + title + "\",\"purpose\":\"FOR_DECISION\",\"part\":\"PART_1\"" + extra + "}";
    }

    @Test
    void anItemLinksOnlyToAReportOfItsOwnMeeting() {
        Papers p = new Papers(base);
        String suffix = Api.unique();
        long mine = p.meeting(p.body("Links board " + suffix), "2099-06-02T17:00:00+01:00");
        long theirs = p.meeting(p.body("Other links board " + suffix), "2099-06-03T17:00:00+01:00");
        long theirReport = id(p.report(theirs, "Their confidential paper " + suffix, "<p>Not for the other board.</p>"));
        long myReport = id(p.report(mine, "My paper " + suffix, "<p>Ours.</p>"));
        Api democratic = p.democratic();

        Api.Reply unknown = democratic.post("api/meetings/" + mine + "/items", item("Unknown report", ",\"reportId\":987654321"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(unknown.errorFields()).containsExactly("reportId");

        Api.Reply foreign = democratic.post("api/meetings/" + mine + "/items", item("Foreign report", ",\"reportId\":" + theirReport));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.errorFields()).containsExactly("reportId");
        assertThat(democratic.get("api/meetings/" + mine + "/items").array()).as("nothing stored").isEmpty();

        long linked = id(Papers.created(democratic.post("api/meetings/" + mine + "/items", item("My report", ",\"reportId\":" + myReport))));
        Api.Reply relinked = democratic.put("api/meetings/" + mine + "/items/" + linked,
                item("My report", ",\"reportId\":" + theirReport + ",\"version\":0"));
        assertThat(relinked.status()).isEqualTo(400);
        assertThat(relinked.errorFields()).containsExactly("reportId");
        assertThat(democratic.get("api/meetings/" + mine + "/items").array().getJsonObject(0).getJsonNumber("reportId").longValue())
                .isEqualTo(myReport);
    }

    @Test
    void aReportOnAnAgendaCannotMoveToAnotherMeeting() {
        Papers p = new Papers(base);
        String suffix = Api.unique();
        long body = p.body("Moving board " + suffix);
        long first = p.meeting(body, "2099-06-09T17:00:00+01:00");
        long second = p.meeting(body, "2099-06-10T17:00:00+01:00");
        var report = p.report(first, "Moving paper " + suffix, "<p>Text.</p>");
        p.item(first, "Moving paper", ",\"reportId\":" + id(report));

        Api.Reply moved = p.author().put("api/reports/" + id(report), "{\"meetingId\":" + second + ",\"title\":\"Moving paper " + suffix
                + "\",\"version\":" + report.getJsonNumber("version").longValue() + "}");
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.errorFields()).containsExactly("meetingId");
        assertThat(p.author().get("api/reports/" + id(report)).json().getJsonNumber("meetingId").longValue()).isEqualTo(first);
    }
}

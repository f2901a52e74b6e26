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

/** Absurd values are refused with the limit stated: meeting times in a sensible range, text of bounded size. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LimitsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private static void refused(Api.Reply reply, String field, String limit) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(field);
        assertThat(reply.body()).contains(limit);
    }

    @Test
    void meetingsStartWithinASensibleRange() {
        Papers p = new Papers(base);
        long body = p.body("Limits board " + Api.unique());
        Api democratic = p.democratic();
        long total = democratic.get("api/meetings?body=" + body).json().getInt("total");
        for (String start : new String[] {"+999999999-12-31T10:00:00Z", "0001-01-01T10:00:00Z", "1999-12-31T10:00:00Z", "2101-01-01T10:00:00Z"}) {
            Api.Reply reply = democratic.post("api/meetings", "{\"bodyId\":" + body + ",\"start\":\"" + start + "\",\"venue\":\"Hall\"}");
            assertThat(reply.status()).as(start + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.errorFields()).as(start).containsExactly("start");
        }
        refused(democratic.post("api/meetings", "{\"bodyId\":" + body + ",\"start\":\"2150-06-01T10:00:00Z\",\"venue\":\"Hall\"}"),
                "start", "2100");
        assertThat(democratic.get("api/meetings?body=" + body).json().getInt("total")).as("nothing stored").isEqualTo(total);
        long meeting = p.meeting(body, "2099-10-06T17:00:00+01:00");
        refused(democratic.put("api/meetings/" + meeting, "{\"bodyId\":" + body + ",\"start\":\"2150-06-01T10:00:00Z\",\"venue\":\"Hall\",\"version\":0}"),
                "start", "2100");
    }

    @Test
    void reportSectionsHaveAStatedSizeLimit() {
        Papers p = new Papers(base);
        long meeting = p.meeting(p.body("Long text board " + Api.unique()), "2099-10-07T17:00:00+01:00");
        var report = p.report(meeting, "Long report", "<p>Short.</p>");
        String huge = "<p>" + "word ".repeat(400_000) + "</p>";
        Api.Reply reply = p.author().put("api/reports/" + id(report), "{\"meetingId\":" + meeting + ",\"title\":\"Long report\","
                + "\"sections\":{\"background\":\"" + huge + "\"},\"version\":0}");
        refused(reply, "sections.background", "100000");
        assertThat(p.author().get("api/reports/" + id(report)).json().getJsonNumber("version").longValue()).as("nothing stored").isZero();
    }

    @Test
    void datesInQueriesAreBounded() {
        assertThat(Api.anonymous(base).get("api/meetings?from=0001-01-01").errorFields()).containsExactly("from");
        assertThat(Api.anonymous(base).get("api/meetings?to=+999999999-12-31").errorFields()).containsExactly("to");
    }
}

package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hostile user's inputs across the API — impossible and absurd dates, huge text, control
 * characters, wrong JSON types, unknown enum values, unknown ids and overflowing paging — each
 * get a 4xx problem document naming the field (or a 404 for an unknown address), and nothing is
 * stored: the audit log's size is the same after every case, and a set of GETs answers the same
 * before and after the whole walk.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    /** One hostile request: who sends it, and what must come back. */
    record Case(String name, Function<HostileInputIT, Api.Reply> request, int status, String field) {
    }

    private long body;
    private long meeting;
    private long report;
    private long person;
    private Api democratic;
    private Api admin;
    private Api author;

    private static String text(int length) {
        return "x".repeat(length);
    }

    private String item(String extra) {
        return "{\"title\":\"Hostile item\",\"purpose\":\"FOR_DECISION\",\"part\":\"PART_1\"" + extra + "}";
    }

    private String meetingJson(String start, String extra) {
        return "{\"bodyId\":" + body + ",\"start\":\"" + start + "\",\"venue\":\"Hall\"" + extra + "}";
    }

    private String member(String extra) {
        return "{\"personId\":" + person + ",\"role\":\"MEMBER\",\"voting\":true,\"from\":\"2024-01-01\"" + extra + "}";
    }

    private String reportJson(String extra) {
        return "{\"meetingId\":" + meeting + ",\"title\":\"Hostile report\",\"version\":0" + extra + "}";
    }

    private String bodyJson(String name, String extra) {
        return "{\"name\":\"" + name + "\",\"kind\":\"SUB_GROUP\"" + extra + "}";
    }

    private Api.Reply get(Api api, String path) {
        return api.get(path);
    }

    private List<Case> cases() {
        List<Case> c = new ArrayList<>();
        String items = "api/meetings/" + meeting + "/items";
        String meetingPath = "api/meetings/" + meeting;
        String reportPath = "api/reports/" + report;
        String members = "api/bodies/" + body + "/members";
        // Impossible and absurd dates
        c.add(new Case("deadline for year -999999999", t -> get(Api.anonymous(base), "api/calendar/publication-deadline?meeting=-999999999-01-01"), 400, "meeting"));
        c.add(new Case("deadline for year +999999999", t -> get(Api.anonymous(base), "api/calendar/publication-deadline?meeting=%2B999999999-12-31"), 400, "meeting"));
        c.add(new Case("deadline for 30 February", t -> get(Api.anonymous(base), "api/calendar/publication-deadline?meeting=2024-02-30"), 400, "meeting"));
        c.add(new Case("deadline for year 1", t -> get(Api.anonymous(base), "api/calendar/publication-deadline?meeting=0001-01-01"), 400, "meeting"));
        c.add(new Case("meetings from year 99999", t -> get(Api.anonymous(base), "api/meetings?from=99999-01-01"), 400, "from"));
        c.add(new Case("meetings to 'tomorrow'", t -> get(Api.anonymous(base), "api/meetings?to=tomorrow"), 400, "to"));
        c.add(new Case("search from year 1e9", t -> get(Api.anonymous(base), "api/search?q=care&from=1000000000-01-01"), 400, "from"));
        c.add(new Case("meeting in year +999999999", t -> democratic.post("api/meetings", meetingJson("+999999999-12-31T10:00:00Z", "")), 400, "start"));
        c.add(new Case("meeting in year 1", t -> democratic.post("api/meetings", meetingJson("0001-01-01T10:00:00Z", "")), 400, "start"));
        c.add(new Case("meeting in month 13", t -> democratic.post("api/meetings", meetingJson("2024-13-01T10:00:00Z", "")), 400, "start"));
        c.add(new Case("meeting at 'not a date'", t -> democratic.post("api/meetings", meetingJson("not a date", "")), 400, "start"));
        c.add(new Case("meeting at a date without a time", t -> democratic.post("api/meetings", meetingJson("2024-12-10", "")), 400, "start"));
        c.add(new Case("meeting moved to 2150", t -> democratic.put(meetingPath, meetingJson("2150-01-01T10:00:00Z", ",\"version\":0")), 400, "start"));
        c.add(new Case("membership from year +999999999", t -> democratic.post(members,
                "{\"personId\":" + person + ",\"role\":\"MEMBER\",\"from\":\"+999999999-12-31\"}"), 400, "from"));
        c.add(new Case("membership to 30 February", t -> democratic.post(members, member(",\"to\":\"2024-02-30\"")), 400, "to"));
        c.add(new Case("bank holiday in year -1", t -> admin.post("api/calendar/bank-holidays", "{\"date\":\"-0001-01-01\",\"name\":\"Odd\"}"), 400, "date"));
        c.add(new Case("terms reviewed in year 9999999", t -> democratic.post("api/bodies", bodyJson("Hostile dates " + Api.unique(),
                ",\"termsOfReference\":{\"reviewDate\":\"9999999-01-01\"}")), 400, "termsOfReference.reviewDate"));
        c.add(new Case("item starting at 25:61", t -> democratic.post(items, item(",\"startTime\":\"25:61\"")), 400, "startTime"));
        // Huge text
        c.add(new Case("person name of 201 characters", t -> democratic.post("api/people", "{\"name\":\"" + text(201) + "\"}"), 400, "name"));
        c.add(new Case("person name of a million characters", t -> democratic.post("api/people", "{\"name\":\"" + text(1_000_000) + "\"}"), 400, "name"));
        c.add(new Case("report title of 301 characters", t -> author.put(reportPath, "{\"meetingId\":" + meeting + ",\"title\":\"" + text(301) + "\",\"version\":0}"),
                400, "title"));
        c.add(new Case("executive summary of 2 MB", t -> author.put(reportPath, reportJson(",\"sections\":{\"executiveSummary\":\"<p>" + text(2_000_000) + "</p>\"}")),
                400, "sections.executiveSummary"));
        c.add(new Case("organisation address of 501 characters", t -> democratic.post("api/organisations",
                "{\"name\":\"Hostile trust\",\"address\":\"" + text(501) + "\"}"), 400, "address"));
        c.add(new Case("venue of 301 characters", t -> democratic.post("api/meetings", "{\"bodyId\":" + body
                + ",\"start\":\"2099-01-01T10:00:00Z\",\"venue\":\"" + text(301) + "\"}"), 400, "venue"));
        c.add(new Case("item title of 10,000 characters", t -> democratic.post(items,
                "{\"title\":\"" + text(10_000) + "\",\"purpose\":\"FOR_DECISION\",\"part\":\"PART_1\"}"), 400, "title"));
        c.add(new Case("request body of 6 MB", t -> democratic.post("api/people", "{\"name\":\"" + text(6 * 1024 * 1024) + "\"}"), 413, "body"));
        c.add(new Case("appendix title of 301 characters", t -> author.upload(reportPath + "/appendices", "a.pdf", Papers.pdf("A", 1), text(301)),
                400, "title"));
        c.add(new Case("transition comment of 2,001 characters", t -> author.post(reportPath + "/transitions",
                "{\"action\":\"SUBMIT\",\"comment\":\"" + text(2001) + "\",\"version\":0}"), 400, "comment"));
        c.add(new Case("search for 600 characters", t -> get(Api.anonymous(base), "api/search?q=" + text(600)), 400, "q"));
        // Control characters
        c.add(new Case("body name with U+0001", t -> democratic.post("api/bodies", bodyJson("Hostile\\u0001 " + Api.unique(), "")), 400, "name"));
        c.add(new Case("person name with NUL", t -> democratic.post("api/people", "{\"name\":\"Nul\\u0000 person\"}"), 400, "name"));
        c.add(new Case("person name over two lines", t -> democratic.post("api/people", "{\"name\":\"Two\\nlines\"}"), 400, "name"));
        c.add(new Case("report title with a bell", t -> author.put(reportPath, "{\"meetingId\":" + meeting + ",\"title\":\"Bell\\u0007\",\"version\":0}"),
                400, "title"));
        c.add(new Case("executive summary with U+0001", t -> author.put(reportPath, reportJson(",\"sections\":{\"executiveSummary\":\"<p>\\u0001</p>\"}")),
                400, "sections.executiveSummary"));
        c.add(new Case("recommendation with ESC", t -> author.put(reportPath, reportJson(",\"sections\":{\"recommendations\":[\"Fine\",\"Esc\\u001b\"]}")),
                400, "sections.recommendations[1]"));
        c.add(new Case("background paper with NUL", t -> author.put(reportPath, reportJson(",\"backgroundPapers\":[\"Fine\",\"Nul\\u0000\"]")),
                400, "backgroundPapers[1]"));
        c.add(new Case("urgency reason with backspace", t -> democratic.post(items, item(",\"urgencyReason\":\"Late\\u0008\"")), 400, "urgencyReason"));
        c.add(new Case("venue with a line break", t -> democratic.put(meetingPath, "{\"bodyId\":" + body
                + ",\"start\":\"2099-04-07T17:00:00Z\",\"venue\":\"Room\\r\\n1\",\"version\":0}"), 400, "venue"));
        c.add(new Case("organisation name with DEL", t -> democratic.post("api/organisations", "{\"name\":\"Del\\u007f trust\"}"), 400, "name"));
        c.add(new Case("organisation name with a C1 control", t -> democratic.post("api/organisations", "{\"name\":\"Next\\u0085line trust\"}"), 400, "name"));
        c.add(new Case("person name with a lone surrogate", t -> democratic.post("api/people", "{\"name\":\"Half \\ud800 person\"}"), 400, "name"));
        c.add(new Case("person name with U+FFFF", t -> democratic.post("api/people", "{\"name\":\"Non\\uffff character\"}"), 400, "name"));
        c.add(new Case("search with U+0001", t -> get(Api.anonymous(base), "api/search?q=a%01b"), 400, "q"));
        c.add(new Case("people query with NUL", t -> democratic.get("api/people?q=%00"), 400, "q"));
        c.add(new Case("appendix title with U+0001", t -> author.upload(reportPath + "/appendices", "a.pdf", Papers.pdf("A", 1), "Bad\u0001title"),
                400, "title"));
        c.add(new Case("user display name with U+0002", t -> admin.post("api/users", "{\"username\":\"hostile." + Api.unique()
                + "\",\"displayName\":\"Ctl\\u0002\",\"password\":\"long-enough-password\"}"), 400, "displayName"));
        c.add(new Case("bank holiday name with U+001F", t -> admin.post("api/calendar/bank-holidays", "{\"date\":\"2031-01-01\",\"name\":\"Unit\\u001f\"}"),
                400, "name"));
        c.add(new Case("terms of reference purpose with U+0003", t -> democratic.post("api/bodies", bodyJson("Hostile purpose " + Api.unique(),
                ",\"termsOfReference\":{\"purpose\":\"End\\u0003\"}")), 400, "termsOfReference.purpose"));
        // Wrong types
        c.add(new Case("body kind as a number", t -> democratic.post("api/bodies", "{\"name\":\"Hostile kind\",\"kind\":5}"), 400, "kind"));
        c.add(new Case("organisation id as text", t -> democratic.post("api/people", "{\"name\":\"Typed\",\"organisationId\":\"abc\"}"), 400, "organisationId"));
        c.add(new Case("body id as text", t -> democratic.post("api/meetings", "{\"bodyId\":\"x\",\"start\":\"2099-01-01T10:00:00Z\",\"venue\":\"Hall\"}"),
                400, "bodyId"));
        c.add(new Case("key decision as 'yes'", t -> democratic.post(items, item(",\"keyDecision\":\"yes\"")), 400, "keyDecision"));
        c.add(new Case("part as an object", t -> democratic.post(items, "{\"title\":\"Typed\",\"purpose\":\"FOR_DECISION\",\"part\":{}}"), 400, "part"));
        c.add(new Case("sections as text", t -> author.put(reportPath, reportJson(",\"sections\":\"text\"")), 400, "sections"));
        c.add(new Case("version as a word", t -> democratic.put(meetingPath, "{\"bodyId\":" + body
                + ",\"start\":\"2099-04-07T17:00:00Z\",\"venue\":\"Hall\",\"version\":\"one\"}"), 400, "version"));
        c.add(new Case("exemption paragraph of 1e40", t -> democratic.post(items,
                "{\"title\":\"Typed\",\"purpose\":\"FOR_DECISION\",\"part\":\"PART_2\",\"exemptParagraph\":1e40}"), 400, "exemptParagraph"));
        c.add(new Case("item order as text", t -> democratic.put(items + "/order", "{\"itemIds\":\"all\"}"), 400, "itemIds"));
        c.add(new Case("a list where an object belongs", t -> democratic.post("api/people", "[1,2]"), 400, "body"));
        // Unknown enum values
        c.add(new Case("body kind SUPERBOARD", t -> democratic.post("api/bodies", "{\"name\":\"Hostile enum\",\"kind\":\"SUPERBOARD\"}"), 400, "kind"));
        c.add(new Case("purpose FOR_FUN", t -> democratic.post(items, "{\"title\":\"Enum\",\"purpose\":\"FOR_FUN\",\"part\":\"PART_1\"}"), 400, "purpose"));
        c.add(new Case("part PART_3", t -> democratic.post(items, "{\"title\":\"Enum\",\"purpose\":\"FOR_DECISION\",\"part\":\"PART_3\"}"), 400, "part"));
        c.add(new Case("membership role KING", t -> democratic.post(members, "{\"personId\":" + person + ",\"role\":\"KING\",\"from\":\"2024-01-01\"}"),
                400, "role"));
        c.add(new Case("classification SECRET", t -> author.put(reportPath, reportJson(",\"classification\":\"SECRET\"")), 400, "classification"));
        c.add(new Case("transition PUBLISH_NOW", t -> author.post(reportPath + "/transitions", "{\"action\":\"PUBLISH_NOW\",\"version\":0}"), 400, "action"));
        c.add(new Case("role GOD", t -> admin.post("api/users", "{\"username\":\"hostile." + Api.unique()
                + "\",\"displayName\":\"God\",\"roles\":[\"GOD\"],\"password\":\"long-enough-password\"}"), 400, "roles[0]"));
        c.add(new Case("meeting status POSTPONED", t -> democratic.put(meetingPath, meetingJson("2099-04-07T17:00:00Z", ",\"status\":\"POSTPONED\",\"version\":0")),
                400, "status"));
        c.add(new Case("report status LOST", t -> democratic.get("api/reports?status=LOST"), 400, "status"));
        c.add(new Case("pack variant 'huge'", t -> get(Api.anonymous(base), meetingPath + "/pack.pdf?variant=huge"), 400, "variant"));
        // Unknown ids
        c.add(new Case("unknown organisation", t -> democratic.post("api/people", "{\"name\":\"Orphan\",\"organisationId\":999999999}"), 400, "organisationId"));
        c.add(new Case("unknown body", t -> democratic.post("api/meetings", "{\"bodyId\":999999999,\"start\":\"2099-01-01T10:00:00Z\",\"venue\":\"Hall\"}"),
                400, "bodyId"));
        c.add(new Case("unknown presenter", t -> democratic.post(items, item(",\"presenterId\":999999999")), 400, "presenterId"));
        c.add(new Case("unknown report", t -> democratic.post(items, item(",\"reportId\":999999999")), 400, "reportId"));
        c.add(new Case("unknown member", t -> democratic.post(members, "{\"personId\":999999999,\"role\":\"MEMBER\",\"from\":\"2024-01-01\"}"), 400, "personId"));
        c.add(new Case("unknown meeting for a report", t -> author.post("api/reports", "{\"meetingId\":999999999,\"title\":\"Orphan\"}"), 400, "meetingId"));
        c.add(new Case("unknown parent body", t -> democratic.post("api/bodies", bodyJson("Hostile child " + Api.unique(), ",\"parentId\":999999999")),
                400, "parentId"));
        c.add(new Case("publications of an unknown meeting", t -> get(Api.anonymous(base), "api/meetings/999999999/publications"), 404, null));
        c.add(new Case("an unknown body", t -> get(Api.anonymous(base), "api/bodies/999999999"), 404, null));
        c.add(new Case("changing an unknown person", t -> democratic.put("api/people/999999999", "{\"name\":\"Nobody\",\"version\":0}"), 404, null));
        // Overflowing paging
        c.add(new Case("search offset near 2^31", t -> get(Api.anonymous(base), "api/search?q=care&offset=2147483600&limit=100"), 400, "offset"));
        c.add(new Case("offset beyond a whole number", t -> democratic.get("api/people?offset=99999999999"), 400, "offset"));
        c.add(new Case("limit of 100,000", t -> democratic.get("api/people?limit=100000"), 400, "limit"));
        c.add(new Case("negative offset", t -> democratic.get("api/people?offset=-1"), 400, "offset"));
        c.add(new Case("OParl papers page 2^31-1", t -> get(Api.anonymous(base), "oparl/v1.1/body/1/papers?page=2147483647"), 400, "page"));
        c.add(new Case("OParl meetings page beyond a whole number", t -> get(Api.anonymous(base), "oparl/v1.1/body/1/meetings?page=99999999999"), 400, "page"));
        c.add(new Case("audit offset 2^31-1", t -> democratic.get("api/audit?offset=2147483647"), 400, "offset"));
        c.add(new Case("limit as text", t -> get(Api.anonymous(base), "api/meetings?limit=abc"), 400, "limit"));
        return c;
    }

    /** What the fixture looks like through the API; must be the same before and after the walk. */
    private Map<String, String> snapshot() {
        Map<String, String> state = new LinkedHashMap<>();
        for (String path : List.of("api/bodies", "api/bodies/" + body, "api/bodies/" + body + "/members", "api/meetings/" + meeting,
                "api/meetings/" + meeting + "/items", "api/reports/" + report, "api/people?limit=1", "api/organisations?limit=1",
                "api/users", "api/calendar/bank-holidays?year=2031", "api/audit?limit=1")) {
            state.put(path, admin.get(path).body());
        }
        return state;
    }

    private long auditSize() {
        return admin.get("api/audit?limit=1").json().getJsonNumber("total").longValue();
    }

    @Test
    void everyHostileInputIsAProblemNamingTheFieldAndStoresNothing() {
        Papers p = new Papers(base);
        democratic = p.democratic();
        author = p.author();
        admin = Api.as(base, "admin");
        body = p.body("Hostile board " + Api.unique());
        meeting = p.meeting(body, "2099-04-07T17:00:00Z");
        p.item(meeting, "Existing item", "");
        report = id(p.report(meeting, "Hostile report", "<p>Stored text.</p>"));
        person = id(Papers.created(democratic.post("api/people", "{\"name\":\"Hostile member " + Api.unique() + "\"}")));

        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        Map<String, String> before = snapshot();
        List<String> failures = new ArrayList<>();
        for (Case hostile : cases) {
            long audit = auditSize();
            Api.Reply reply = hostile.request().apply(this);
            String answer = reply.status() + " " + reply.body().substring(0, Math.min(400, reply.body().length()));
            if (reply.status() != hostile.status()) {
                failures.add(hostile.name() + ": expected " + hostile.status() + ", got " + answer);
            } else if (!reply.isProblem()) {
                failures.add(hostile.name() + ": not a problem document: " + reply.contentType());
            } else if (hostile.field() != null && !reply.errorFields().contains(hostile.field())) {
                failures.add(hostile.name() + ": does not name " + hostile.field() + ": " + answer);
            } else if (reply.body().contains("uk.gov.hwb") || reply.body().contains("Exception")) {
                failures.add(hostile.name() + ": shows internals: " + answer);
            }
            if (auditSize() != audit) {
                failures.add(hostile.name() + ": something was stored (the audit log grew)");
            }
        }
        assertThat(failures).as("hostile inputs that were not refused cleanly").isEmpty();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }
}

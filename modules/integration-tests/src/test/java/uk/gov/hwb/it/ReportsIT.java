package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reports: the template, sanitised text, the approval chain, publish refusal, optimistic locking and appendices. */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private Papers papers() {
        return new Papers(base);
    }

    private long futureMeeting() {
        Papers p = papers();
        return p.meeting(p.body("Reports group " + Api.unique()), "2099-03-10T17:00:00Z");
    }

    @Test
    void theApprovalChainIsRecordedAndOnlyReadyReportsArePublished() {
        Papers p = papers();
        long meeting = futureMeeting();
        JsonObject report = p.report(meeting, "SEND and Strategic Action Plan Update", "<p>To update the Board.</p>");
        long reportId = id(report);
        assertThat(report.getString("status")).isEqualTo("DRAFT");
        assertThat(report.getString("owner")).isEqualTo("author");
        p.item(meeting, "SEND Reporting", ",\"reportId\":" + reportId);

        p.step(p.author(), reportId, "SUBMIT");
        Api.Reply refused = p.democratic().post("api/meetings/" + meeting + "/publish", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().getString("detail")).contains("only ready reports can be published").contains("submitted, not ready");
        assertThat(p.democratic().get("api/meetings/" + meeting + "/publications").array()).isEmpty();
        assertThat(p.democratic().get("api/meetings/" + meeting).json().getString("status")).isEqualTo("DRAFT");

        Api.Reply tooEarly = p.democratic().post("api/reports/" + reportId + "/transitions",
                "{\"action\":\"MARK_READY\",\"version\":" + p.democratic().get("api/reports/" + reportId).json().getInt("version") + "}");
        assertThat(tooEarly.status()).isEqualTo(409);
        Api.Reply notTheirs = Api.as(base, "member").post("api/reports/" + reportId + "/transitions", "{\"action\":\"APPROVE\",\"version\":0}");
        assertThat(notTheirs.status()).isIn(403, 409);

        p.step(p.democratic(), reportId, "APPROVE");
        p.step(p.democratic(), reportId, "CLEAR_LEGAL");
        p.step(Api.as(base, "finance"), reportId, "CLEAR_FINANCE");
        JsonObject ready = p.step(p.democratic(), reportId, "MARK_READY");
        assertThat(ready.getJsonArray("steps").stream().map(s -> s.asJsonObject().getString("action")).toList())
                .containsExactly("SUBMIT", "APPROVE", "CLEAR_LEGAL", "CLEAR_FINANCE", "MARK_READY");
        JsonObject approval = ready.getJsonArray("steps").getJsonObject(1);
        assertThat(approval.getString("by")).isEqualTo("democratic");
        assertThat(approval.getString("at")).isNotBlank();
        assertThat(ready.getJsonArray("steps").getJsonObject(3).getString("by")).isEqualTo("finance");

        JsonObject published = p.publish(meeting);
        assertThat(published.getInt("number")).isEqualTo(1);
        assertThat(p.democratic().get("api/meetings/" + meeting).json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(Api.anonymous(base).get("api/reports/" + reportId).json().getString("title")).isEqualTo("SEND and Strategic Action Plan Update");
    }

    @Test
    void richTextIsSanitisedOnSave() {
        JsonObject report = papers().report(futureMeeting(), "Hostile " + Api.unique(),
                "<p onmouseover='steal()'>Summary<script>alert(document.cookie)</script></p><img src=x onerror=alert(1)>");
        String summary = report.getJsonObject("sections").getString("executiveSummary");
        assertThat(summary).isEqualTo("<p>Summary</p>");
    }

    @Test
    void concurrentEditsOfAReportConflictAndLoseNothing() {
        Papers p = papers();
        JsonObject report = p.report(futureMeeting(), "Concurrent " + Api.unique(), "<p>First text.</p>");
        long id = id(report);
        String edit = "{\"meetingId\":" + report.getJsonNumber("meetingId") + ",\"title\":\"%s\",\"version\":" + report.getInt("version") + "}";
        Api.Reply first = p.author().put("api/reports/" + id, String.format(edit, "Edited by the author"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Reply second = p.democratic().put("api/reports/" + id, String.format(edit, "Edited by democratic services"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("detail")).contains("changed by someone else").contains("Reload");
        assertThat(p.author().get("api/reports/" + id).json().getString("title")).isEqualTo("Edited by the author");
    }

    @Test
    void onlyDraftsChangeAndOnlyTheirAuthorOrDemocraticServicesChangeThem() {
        Papers p = papers();
        JsonObject report = p.report(futureMeeting(), "Locked " + Api.unique(), "<p>Text.</p>");
        long id = id(report);
        String body = "{\"meetingId\":" + report.getJsonNumber("meetingId") + ",\"title\":\"Changed\",\"version\":" + report.getInt("version") + "}";
        assertThat(Api.as(base, "sendlead").put("api/reports/" + id, body).status()).isEqualTo(403);
        p.step(p.author(), id, "SUBMIT");
        String submitted = body.replace("\"version\":" + report.getInt("version"), "\"version\":" + p.author().get("api/reports/" + id).json().getInt("version"));
        Api.Reply locked = p.author().put("api/reports/" + id, submitted);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.json().getString("detail")).contains("only drafts change");
        Api.Reply noReason = p.author().post("api/reports/" + id + "/transitions", "{\"action\":\"RETURN_TO_DRAFT\",\"version\":"
                + p.author().get("api/reports/" + id).json().getInt("version") + "}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("comment");
    }

    @Test
    void appendicesMustBeRealPdfsWithinTheLimitAndAreStoredWithTheirChecksum() throws Exception {
        Papers p = papers();
        JsonObject report = p.report(futureMeeting(), "Appendices " + Api.unique(), "<p>Text.</p>");
        long id = id(report);

        Api.Reply fake = p.author().upload("api/reports/" + id + "/appendices", "plan.pdf",
                "This is a Word document really".getBytes(StandardCharsets.UTF_8), "Action plan");
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.errorFields()).containsExactly("file");
        assertThat(fake.json().getString("detail")).contains("not a PDF");

        byte[] huge = new byte[25 * 1024 * 1024 + 10];
        Arrays.fill(huge, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), 0, huge, 0, 9);
        Api.Reply oversized = p.author().upload("api/reports/" + id + "/appendices", "huge.pdf", huge, "Huge");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.isProblem()).isTrue();
        assertThat(oversized.json().getString("detail")).contains("at most 25.0 MB");

        Api.Reply untitled = p.author().upload("api/reports/" + id + "/appendices", "plan.pdf", Papers.pdf("Plan", 2), "");
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.errorFields()).containsExactly("title");
        assertThat(p.author().get("api/reports/" + id).json().getJsonArray("appendices")).as("nothing stored").isEmpty();

        byte[] pdf = Papers.pdf("SEND action plan appendix", 3);
        JsonObject added = Papers.created(p.author().upload("api/reports/" + id + "/appendices", "action-plan.pdf", pdf, "SEND action plan"));
        assertThat(added.getInt("pageCount")).isEqualTo(3);
        assertThat(added.getJsonNumber("sizeBytes").longValue()).isEqualTo(pdf.length);
        assertThat(added.getString("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));

        HttpResponse<byte[]> mine = p.author().bytes("api/appendices/" + id(added) + "/content");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).isEqualTo(pdf);
        assertThat(Api.anonymous(base).bytes("api/appendices/" + id(added) + "/content").statusCode()).as("not published yet").isEqualTo(404);

        assertThat(p.author().upload("api/reports/999999999/appendices", "x.pdf", pdf, "X").status()).isEqualTo(404);
        assertThat(Api.anonymous(base).get("api/appendices/999999999/content").status()).isEqualTo(404);
        Api.Reply unknownGenerator = p.author().post("api/reports/" + id + "/appendices/generated",
                "{\"title\":\"BCF return\",\"generator\":\"bcf.no-such\",\"reference\":\"2024-25\"}");
        assertThat(unknownGenerator.status()).isEqualTo(400);
        assertThat(unknownGenerator.errorFields()).containsExactly("generator");
    }

    @Test
    void badRequestsAreClearProblems() {
        Papers p = papers();
        assertThat(Api.anonymous(base).get("api/reports").status()).isEqualTo(401);
        assertThat(p.democratic().get("api/reports?status=LOST").errorFields()).containsExactly("status");
        assertThat(p.democratic().get("api/reports?meeting=abc").errorFields()).containsExactly("meeting");
        assertThat(p.author().post("api/reports", "{\"meetingId\":999999999,\"title\":\"Orphan\"}").errorFields()).containsExactly("meetingId");
        assertThat(p.author().post("api/reports", "{\"meetingId\":\"soon\",\"title\":\"Bad\"}").status()).isEqualTo(400);
        assertThat(p.author().post("api/reports", "{\"meetingId\":1,\"title\":\"Part 2\",\"classification\":\"PART_2\"}").status()).isEqualTo(400);
        assertThat(Api.anonymous(base).get("api/reports/999999999").status()).isEqualTo(404);
        assertThat(p.democratic().get("api/search?q=x&from=10/12/2024").errorFields()).containsExactly("from");
        assertThat(Api.anonymous(base).get("api/search").errorFields()).containsExactly("q");
    }
}

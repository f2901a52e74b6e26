package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;
import static uk.gov.hwb.it.Records.problem;
import static uk.gov.hwb.it.Records.version;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The record of a meeting through the API: attendance and the quorum (substitutes only where the
 * terms of reference allow), declarations of interest (a disclosable pecuniary interest needs a
 * dispensation), minutes with resolutions (approved only at a later meeting of the same body, on
 * the "Minutes of the previous meeting" item added once when that meeting was arranged), the
 * decisions register as soon as resolutions are recorded, and the action log carried forward.
 */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingRecordIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private Records r;
    private String suffix;
    private long body;
    private long chair;
    private long councillorChair;
    private long member2;
    private long member3;
    private long member4;
    private List<Long> memberships;

    @BeforeEach
    void aBodyOfFourWithAQuorumOfThreeIncludingACouncillor() {
        r = new Records(base);
        suffix = Api.unique();
        body = r.body("Record group " + suffix, 3, 1, false, "");
        chair = r.person("Cllr Chair " + suffix);
        member2 = r.person("Member Two " + suffix);
        member3 = r.person("Member Three " + suffix);
        member4 = r.person("Member Four " + suffix);
        councillorChair = r.member(body, chair, "CHAIR", ",\"councillor\":true");
        memberships = List.of(councillorChair, r.member(body, member2, "MEMBER", ""), r.member(body, member3, "MEMBER", ""),
                r.member(body, member4, "MEMBER", ""));
    }

    private long heldMeeting(int daysAgo, String... items) {
        long meeting = r.meeting(body, daysAgo);
        for (String item : items) {
            r.item(meeting, item, "");
        }
        r.publish(meeting);
        return meeting;
    }

    private List<JsonObject> items(long meeting) {
        return r.democratic().get("api/meetings/" + meeting + "/items").array().stream().map(v -> v.asJsonObject()).toList();
    }

    private String attendance(String... statuses) {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < statuses.length; i++) {
            members.append(i == 0 ? "" : ",").append("{\"membershipId\":").append(memberships.get(i)).append(",\"status\":\"").append(statuses[i]).append("\"}");
        }
        return "{\"members\":[" + members + "],\"others\":[{\"name\":\"Officer " + suffix + "\",\"capacity\":\"Democratic Services\",\"kind\":\"OFFICER\"}]";
    }

    @Test
    void aSubstituteIsRefusedWhereTheTermsOfReferenceAllowNoneAndTheQuorumIsComputed() {
        long meeting = heldMeeting(10, "Welcome");
        Api clerk = r.democratic();
        JsonObject empty = Api.anonymous(base).get("api/meetings/" + meeting + "/attendance").json();
        assertThat(empty.getBoolean("recorded")).isFalse();
        assertThat(empty.getJsonArray("members")).hasSize(4);
        assertThat(empty.getBoolean("substitutesAllowed")).isFalse();

        long stranger = r.person("Stranger " + suffix);
        Api.Reply refused = clerk.put("api/meetings/" + meeting + "/attendance", "{\"members\":[{\"membershipId\":" + memberships.get(1)
                + ",\"status\":\"SUBSTITUTED\",\"substitutePersonId\":" + stranger + "}],\"version\":0}");
        problem(refused, 422, "substitute-not-allowed");
        assertThat(refused.errorFields()).containsExactly("members[0].substitutePersonId");
        assertThat(clerk.get("api/meetings/" + meeting + "/attendance").json().getBoolean("recorded")).as("nothing stored").isFalse();

        JsonObject recorded = clerk.put("api/meetings/" + meeting + "/attendance", attendance("PRESENT", "PRESENT", "PRESENT", "APOLOGIES")
                + ",\"version\":0}").json();
        assertThat(recorded.getBoolean("recorded")).isTrue();
        JsonObject quorum = Api.anonymous(base).get("api/meetings/" + meeting + "/quorum").json();
        assertThat(quorum.getInt("required")).isEqualTo(3);
        assertThat(quorum.getInt("present")).isEqualTo(3);
        assertThat(quorum.getBoolean("quorate")).isTrue();
        assertThat(clerk.get("api/meetings/" + meeting).json().getString("status")).as("recording attendance means it was held").isEqualTo("HELD");
        assertThat(clerk.put("api/meetings/" + meeting + "/attendance", attendance("PRESENT") + ",\"version\":0}").status())
                .as("stale version").isEqualTo(409);

        // Where deputies are allowed, only a named deputy may substitute for a member who has one.
        long group = r.body("Deputies group " + suffix, 2, 0, true, "");
        long a = r.member(group, member2, "MEMBER", "");
        r.member(group, member3, "MEMBER", "");
        long deputy = r.person("Deputy " + suffix);
        r.member(group, deputy, "DEPUTY", ",\"deputyForId\":" + a);
        long groupMeeting = r.meeting(group, 9);
        r.item(groupMeeting, "Welcome", "");
        r.publish(groupMeeting);
        problem(clerk.put("api/meetings/" + groupMeeting + "/attendance", "{\"members\":[{\"membershipId\":" + a
                + ",\"status\":\"SUBSTITUTED\",\"substitutePersonId\":" + stranger + "}],\"version\":0}"), 422, "substitute-not-allowed");
        JsonObject substituted = clerk.put("api/meetings/" + groupMeeting + "/attendance", "{\"members\":[{\"membershipId\":" + a
                + ",\"status\":\"SUBSTITUTED\",\"substitutePersonId\":" + deputy + "}],\"version\":0}").json();
        assertThat(substituted.getJsonObject("quorum").getInt("present")).as("the deputy counts for the member").isEqualTo(1);
    }

    @Test
    void aMembersAttendanceRecordFollowsWhatIsRecordedAndCorrected() {
        long first = heldMeeting(14, "Welcome");
        long second = heldMeeting(13, "Welcome");
        Api clerk = r.democratic();
        Api anonymous = Api.anonymous(base);
        assertThat(anonymous.get("api/members/" + member2).json().getInt("expected"))
                .as("a meeting without attendance recorded expects nobody yet").isZero();

        clerk.put("api/meetings/" + first + "/attendance", attendance("PRESENT", "PRESENT", "PRESENT", "PRESENT") + ",\"version\":0}");
        long version = clerk.put("api/meetings/" + second + "/attendance", attendance("PRESENT", "APOLOGIES", "PRESENT", "PRESENT")
                + ",\"version\":0}").json().getJsonNumber("version").longValue();
        JsonObject record = anonymous.get("api/members/" + member2).json();
        assertThat(record.getInt("expected")).isEqualTo(2);
        assertThat(record.getInt("attended")).isEqualTo(1);
        assertThat(record.getJsonNumber("percentage").bigDecimalValue()).isEqualByComparingTo("50.0");
        JsonObject seat = record.getJsonArray("seats").getJsonObject(0);
        assertThat(seat.getInt("apologies")).isEqualTo(1);
        assertThat(anonymous.get("public/member.xhtml?id=" + member2).body()).contains("Record group " + suffix)
                .contains("Attended 1 of 2 meetings").contains("(50.0%)");

        clerk.put("api/meetings/" + second + "/attendance", attendance("PRESENT", "PRESENT", "PRESENT", "PRESENT") + ",\"version\":" + version + "}");
        record = anonymous.get("api/members/" + member2).json();
        assertThat(record.getInt("attended")).as("the corrected register counts").isEqualTo(2);
        assertThat(record.getJsonNumber("percentage").bigDecimalValue()).isEqualByComparingTo("100.0");
        assertThat(record.getJsonArray("seats").getJsonObject(0).getInt("apologies")).isZero();
    }

    @Test
    void anInquorateMeetingIsFlaggedOnTheMinutes() throws IOException {
        long meeting = heldMeeting(11, "Welcome");
        Api clerk = r.democratic();
        clerk.put("api/meetings/" + meeting + "/attendance", attendance("APOLOGIES", "PRESENT", "PRESENT", "PRESENT") + ",\"version\":0}");
        JsonObject quorum = Api.anonymous(base).get("api/meetings/" + meeting + "/quorum").json();
        assertThat(quorum.getBoolean("quorate")).as("three present, but no councillor").isFalse();
        long item = id(items(meeting).get(0));
        JsonObject minutes = clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + item
                + ",\"minute\":\"The members present met informally.\"}],\"version\":0}").json();
        assertThat(minutes.getBoolean("quorate")).isFalse();
        assertThat(minutes.getString("quorumNote")).startsWith("Inquorate");
        byte[] pdf = Api.anonymous(base).bytes("api/meetings/" + meeting + "/minutes.pdf").body();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("The meeting was inquorate")
                    .contains("The members present met informally.");
        }
        assertThat(Api.anonymous(base).get("public/minutes.xhtml?id=" + meeting).body()).contains("The meeting was inquorate");
    }

    @Test
    void minutesAreApprovedOnlyByResolutionAtALaterMeetingOfTheSameBody() {
        Api clerk = r.democratic();
        long earlier = heldMeeting(60, "Welcome");
        long meeting = heldMeeting(40, "Welcome", "Annual report");
        long annual = id(items(meeting).stream().filter(i -> i.getString("title").equals("Annual report")).findFirst().orElseThrow());
        JsonObject recorded = clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + annual
                + ",\"minute\":\"The Board considered the annual report.\",\"resolutions\":[\"Resolved: That the annual report be noted.\"]}],\"version\":0}")
                .json();
        assertThat(recorded.getString("status")).isEqualTo("DRAFT");

        // The next meeting, arranged now, carries "Minutes of the previous meeting" once, and keeps it once when republished.
        long next = r.meeting(body, 20);
        List<JsonObject> agenda = items(next);
        assertThat(agenda).hasSize(1);
        assertThat(agenda.get(0).getString("title")).startsWith("Minutes of the meeting held on");
        r.item(next, "Any other business", "");
        r.publish(next);
        // The meeting has been held, so publishing again is a correction with its reason.
        Api.Reply corrected = clerk.post("api/meetings/" + next + "/publish", "{\"correctionReason\":\"Item added in error.\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(items(next).stream().filter(i -> i.getString("title").startsWith("Minutes of the meeting held on"))).hasSize(1);

        long other = r.meeting(r.body("Other body " + suffix, 2, 0, false, ""), 10);
        r.publish(other);
        long future = r.meeting(body, -30);
        r.publish(future);

        problem(clerk.post("api/meetings/" + meeting + "/minutes/approve", "{\"atMeetingId\":" + other + "}"), 409, "minutes-approval-meeting");
        problem(clerk.post("api/meetings/" + meeting + "/minutes/approve", "{\"atMeetingId\":" + earlier + "}"), 409, "minutes-approval-meeting");
        problem(clerk.post("api/meetings/" + meeting + "/minutes/approve", "{\"atMeetingId\":" + meeting + "}"), 409, "minutes-approval-meeting");
        problem(clerk.post("api/meetings/" + meeting + "/minutes/approve", "{\"atMeetingId\":" + future + "}"), 409, "minutes-approval-meeting");
        problem(clerk.post("api/meetings/" + earlier + "/minutes/approve", "{\"atMeetingId\":" + meeting + "}"), 409, "no-minutes");
        assertThat(clerk.post("api/meetings/" + meeting + "/minutes/approve", "{}").errorFields()).containsExactly("atMeetingId");
        assertThat(Api.as(base, "member").post("api/meetings/" + meeting + "/minutes/approve", "{\"atMeetingId\":" + next + "}").status())
                .isEqualTo(403);
        JsonObject held = clerk.get("api/meetings/" + meeting).json();
        assertThat(clerk.put("api/meetings/" + meeting, "{\"bodyId\":" + body + ",\"start\":\"" + held.getString("start")
                + "\",\"venue\":\"Room\",\"status\":\"MINUTES_APPROVED\",\"version\":" + version(held) + "}").errorFields())
                .as("never by changing the status").containsExactly("status");
        assertThat(clerk.get("api/meetings/" + meeting + "/minutes").json().getString("status")).isEqualTo("DRAFT");

        JsonObject approved = clerk.post("api/meetings/" + meeting + "/minutes/approve", "{\"atMeetingId\":" + next + "}").json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getJsonNumber("approvedAtMeetingId").longValue()).isEqualTo(next);
        assertThat(clerk.get("api/meetings/" + meeting).json().getString("status")).isEqualTo("MINUTES_APPROVED");
        JsonObject nextMinutes = Api.anonymous(base).get("api/meetings/" + next + "/minutes").json();
        JsonObject approvalItem = nextMinutes.getJsonArray("items").getJsonObject(0);
        assertThat(approvalItem.getJsonNumber("minutesOfMeetingId").longValue()).isEqualTo(meeting);
        assertThat(approvalItem.getJsonArray("resolutions").getString(0)).startsWith("Resolved: That the minutes of the meeting held on")
                .endsWith("be confirmed as a correct record and signed by the Chair.");

        problem(clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + annual + ",\"minute\":\"Changed\"}],\"version\":"
                + version(approved) + "}"), 409, "minutes-approved");
        problem(clerk.post("api/meetings/" + meeting + "/minutes/approve", "{\"atMeetingId\":" + next + "}"), 409, "minutes-approved");
        JsonObject nextRecord = clerk.get("api/meetings/" + next + "/minutes").json();
        problem(clerk.put("api/meetings/" + next + "/minutes", "{\"items\":[{\"itemId\":" + approvalItem.getJsonNumber("itemId")
                + ",\"resolutions\":[\"That the minutes be rejected.\"]}],\"version\":" + version(nextRecord) + "}"), 422, "minutes-approved-by-resolution");
        assertThat(clerk.delete("api/meetings/" + meeting + "/items/" + annual).status()).as("a minuted item stays on the agenda").isEqualTo(409);
    }

    @Test
    void minutesFollowTheirWordingRulesAndNeedAPublicSummaryForConfidentialBusiness() {
        Api clerk = r.democratic();
        long meeting = r.meeting(body, 12);
        long open = r.item(meeting, "Open item", "");
        long secret = r.item(meeting, "Contract award", ",\"part\":\"PART_2\",\"exemptParagraph\":3");
        r.publish(meeting);
        Api.Reply wording = clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + open
                + ",\"resolutions\":[\"Noted.\"]}],\"version\":0}");
        assertThat(wording.status()).isEqualTo(400);
        assertThat(wording.errorFields()).containsExactly("items[0].resolutions[0]");
        problem(clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + secret
                + ",\"resolutions\":[\"That the contract be awarded to Bidder X.\"]}],\"version\":0}"), 422, "public-summary-required");
        problem(clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + open
                + ",\"minute\":\"x\",\"publicSummary\":\"nothing\"}],\"version\":0}"), 422, "public-summary-required");
        JsonObject minutes = clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + secret
                + ",\"resolutions\":[\"That the contract be awarded to Bidder X.\"],\"votes\":{\"for\":3,\"against\":1,\"abstentions\":0},"
                + "\"publicSummary\":\"The Board agreed the award of a contract.\"}],\"version\":0}").json();
        assertThat(minutes.getString("exclusionResolution")).contains("section 100A(4)").contains("item 2").contains("Paragraph 3");
        JsonObject item = minutes.getJsonArray("items").getJsonObject(1);
        assertThat(item.getJsonObject("votes").getInt("for")).isEqualTo(3);

        JsonObject anonymous = Api.anonymous(base).get("api/meetings/" + meeting + "/minutes").json();
        JsonObject withheld = anonymous.getJsonArray("items").getJsonObject(1);
        assertThat(withheld.getBoolean("withheld")).isTrue();
        assertThat(withheld.getJsonArray("resolutions")).isEmpty();
        assertThat(withheld.getString("publicSummary")).isEqualTo("The Board agreed the award of a contract.");
        assertThat(anonymous.toString()).doesNotContain("Bidder X");

        long future = r.meeting(body, -20);
        long item2 = r.item(future, "Later", "");
        r.publish(future);
        problem(clerk.put("api/meetings/" + future + "/minutes", "{\"items\":[{\"itemId\":" + item2 + ",\"minute\":\"x\"}],\"version\":0}"),
                409, "meeting-not-held");
        assertThat(clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[],\"version\":0}").status()).as("stale version").isEqualTo(409);
    }

    @Test
    void aDisclosablePecuniaryInterestBarsTheMemberWithoutADispensationAndASensitiveInterestKeepsItsNature() {
        Api clerk = r.democratic();
        long meeting = r.meeting(body, 13);
        long item = r.item(meeting, "Grant to a charity", "");
        r.publish(meeting);
        String dpi = "{\"itemId\":" + item + ",\"personId\":" + member2 + ",\"kind\":\"Disclosable pecuniary interest\","
                + "\"nature\":\"Trustee of the charity " + suffix + "\",\"participation\":\"DISCUSSION_AND_VOTE\"";
        Api.Reply refused = clerk.post("api/meetings/" + meeting + "/declarations", dpi + "}");
        problem(refused, 422, "dpi-participation");
        assertThat(refused.errorFields()).containsExactly("participation");
        problem(clerk.post("api/meetings/" + meeting + "/declarations", dpi + ",\"dispensation\":{\"grantedBy\":\"Standards Committee\","
                + "\"grantedOn\":\"2024-01-01\",\"scope\":\"DISCUSSION\"}}"), 422, "dpi-participation");
        Api.Reply allowed = clerk.post("api/meetings/" + meeting + "/declarations", dpi + ",\"dispensation\":{\"grantedBy\":\"Standards Committee\","
                + "\"grantedOn\":\"" + java.time.LocalDate.now().minusYears(1) + "\",\"scope\":\"DISCUSSION_AND_VOTE\",\"grounds\":\"s.33(2)(b)\"}}");
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
        assertThat(allowed.json().getString("summary")).contains("disclosable pecuniary interest").contains("under a dispensation");

        assertThat(clerk.post("api/meetings/" + meeting + "/declarations", "{\"itemId\":" + item + ",\"personId\":" + member3
                + ",\"kind\":\"Disclosable pecuniary interest\",\"nature\":\"Employed by the charity\",\"participation\":\"WITHDREW\"}").status())
                .isEqualTo(201);
        problem(clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + item + ",\"resolutions\":[\"That the grant be made.\"],"
                + "\"votes\":{\"named\":[{\"personId\":" + member3 + ",\"vote\":\"FOR\"}]}}],\"version\":0}"), 422, "dpi-participation");

        String secretNature = "Sensitive nature " + suffix;
        assertThat(clerk.post("api/meetings/" + meeting + "/declarations", "{\"itemId\":" + item + ",\"personId\":" + member4
                + ",\"kind\":\"other registrable interest\",\"nature\":\"" + secretNature + "\",\"sensitive\":true,\"participation\":\"DISCUSSION_AND_VOTE\"}")
                .status()).isEqualTo(201);
        String published = Api.anonymous(base).get("api/meetings/" + meeting + "/declarations").body();
        assertThat(published).contains("Trustee of the charity " + suffix).contains("Localism Act 2011, s.32").doesNotContain(secretNature);
        assertThat(Api.anonymous(base).get("public/minutes.xhtml?id=" + meeting).body()).doesNotContain(secretNature);
        assertThat(clerk.post("api/meetings/" + meeting + "/declarations", "{\"itemId\":" + item + ",\"personId\":" + member4
                + ",\"kind\":\"Friendship\",\"nature\":\"x\",\"participation\":\"WITHDREW\"}").errorFields()).containsExactly("kind");
        assertThat(clerk.post("api/meetings/" + meeting + "/declarations", "{\"itemId\":" + item + ",\"personId\":" + r.person("Outsider " + suffix)
                + ",\"kind\":\"Other registrable interest\",\"nature\":\"x\",\"participation\":\"WITHDREW\"}").errorFields()).containsExactly("personId");
    }

    @Test
    void decisionsArePublishedAsSoonAsRecordedAndActionsAreCarriedForwardUntilDone() {
        Api clerk = r.democratic();
        String decisionText = "That the partnership plan " + suffix + " be agreed.";
        long meeting = r.meeting(body, 30);
        long plan = r.item(meeting, "Partnership plan", ",\"keyDecision\":true");
        r.publish(meeting);
        clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + plan + ",\"resolutions\":[\"" + decisionText + "\"]}],\"version\":0}");

        JsonObject decisions = Api.anonymous(base).get("api/decisions?body=" + body).json();
        assertThat(decisions.getInt("total")).isEqualTo(1);
        JsonObject decision = decisions.getJsonArray("items").getJsonObject(0);
        assertThat(decision.getString("text")).isEqualTo("Resolved: " + decisionText);
        assertThat(decision.getString("minutesStatus")).as("before the minutes are approved").isEqualTo("DRAFT");
        assertThat(decision.getBoolean("keyDecision")).isTrue();
        assertThat(decision.getString("number")).isEqualTo("1.1");
        assertThat(Api.anonymous(base).get("api/decisions?body=" + body + "&keyDecision=false").json().getInt("total")).isZero();
        assertThat(Api.anonymous(base).get("api/decisions?body=" + body + "&to=2000-01-01").json().getInt("total")).isZero();
        assertThat(Api.anonymous(base).get("api/decisions?keyDecision=maybe").errorFields()).containsExactly("keyDecision");
        assertThat(Api.anonymous(base).get("api/decisions/" + decision.getJsonNumber("id")).json().getString("text")).contains(decisionText);
        assertThat(Api.anonymous(base).get("feeds/documents.rss").body()).contains("Partnership plan").contains(decisionText);
        assertThat(Api.anonymous(base).get("api/search?q=%22partnership+plan+" + suffix + "%22").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("kind"))).contains("decision");
        assertThat(Api.anonymous(base).get("public/decisions.xhtml?body=" + body).body()).contains(decisionText);

        JsonObject action = Papers.created(clerk.post("api/meetings/" + meeting + "/actions", "{\"itemId\":" + plan
                + ",\"description\":\"Publish the plan " + suffix + "\",\"ownerPersonId\":" + member2 + ",\"dueDate\":\"2030-01-01\"}"));
        long next = r.meeting(body, 5);
        r.publish(next);
        List<JsonObject> carried = Api.anonymous(base).get("api/meetings/" + next + "/actions").array().stream().map(v -> v.asJsonObject()).toList();
        assertThat(carried).hasSize(1);
        assertThat(carried.get(0).getBoolean("carriedForward")).isTrue();
        assertThat(carried.get(0).getString("owner")).isEqualTo("Member Two " + suffix);
        JsonObject done = clerk.put("api/meetings/" + next + "/actions/" + id(action), "{\"description\":\"Publish the plan " + suffix
                + "\",\"ownerPersonId\":" + member2 + ",\"status\":\"DONE\",\"note\":\"Published\",\"version\":" + version(action) + "}").json();
        assertThat(done.getString("status")).isEqualTo("DONE");
        long after = r.meeting(body, -10);
        r.publish(after);
        assertThat(Api.anonymous(base).get("api/meetings/" + after + "/actions").array()).as("done: off the log").isEmpty();
    }

    @Test
    void theDemoMeetingOfTenthDecember2024HasItsRecordApprovedInMarch() {
        Api anonymous = Api.anonymous(base);
        long hwb = anonymous.get("api/bodies").array().stream().map(b -> b.asJsonObject())
                .filter(b -> b.getString("name").equals("Health and Wellbeing Board")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject composition = anonymous.get("api/bodies/" + hwb + "/composition").json();
        assertThat(composition.getBoolean("complete")).as(composition.toString()).isTrue();
        long december = id(anonymous.get("api/meetings?body=" + hwb + "&from=2024-12-10&to=2024-12-10").json().getJsonArray("items").getJsonObject(0));
        JsonObject attendance = anonymous.get("api/meetings/" + december + "/attendance").json();
        assertThat(attendance.getJsonObject("quorum").getBoolean("quorate")).isTrue();
        assertThat(attendance.getJsonArray("members").stream().map(m -> m.asJsonObject().getString("status"))).contains("SUBSTITUTED", "APOLOGIES");
        assertThat(anonymous.get("api/meetings/" + december + "/declarations").array()).hasSize(1);
        JsonObject minutes = anonymous.get("api/meetings/" + december + "/minutes").json();
        assertThat(minutes.getString("status")).isEqualTo("APPROVED");
        JsonObject send = minutes.getJsonArray("items").getJsonObject(6);
        assertThat(send.getJsonArray("resolutions").stream().map(v -> ((jakarta.json.JsonString) v).getString())).containsExactly(
                "Resolved: That progress be noted.",
                "Resolved: That a further update on the area's progress in implementing the action plan be requested in 6 months.",
                "Resolved: That the Self Evaluation Framework (SEF) be agreed.");
        assertThat(send.getString("specialCircumstances")).contains("100B(4)(b)");
        assertThat(minutes.getJsonArray("items").getJsonObject(8).getJsonArray("resolutions").getString(0)).contains("be acknowledged");
        assertThat(minutes.getJsonArray("items").getJsonObject(2).getJsonArray("resolutions").getString(0))
                .as("September's minutes approved on item 3").contains("10 September 2024");
        JsonObject record = anonymous.get("api/members/" + attendance.getJsonArray("members").stream().map(m -> m.asJsonObject())
                .filter(m -> m.getString("role").equals("CHAIR")).findFirst().orElseThrow().getJsonNumber("personId")).json();
        assertThat(record.getInt("attended")).isPositive();
        assertThat(anonymous.get("public/member.xhtml?id=" + record.getJsonNumber("personId")).body()).contains("Health and Wellbeing Board");
        assertThat(anonymous.get("api/forward-plan").array().stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("bodyName").equals("Cabinet") && e.getBoolean("keyDecision"))).hasSize(1);
    }
}

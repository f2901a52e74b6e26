package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;
import static uk.gov.hwb.it.Records.problem;
import static uk.gov.hwb.it.Records.version;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Key decisions of an executive body (2012 Regulations, regs 9-11): publishing an agenda with one
 * that has neither 28 clear days' notice nor an exception warns; recording its resolution is
 * refused until a general exception or special urgency is recorded; a committee cannot keep a
 * forward plan; the forward plan is published as a page and a PDF.
 */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyDecisionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void anExecutiveKeyDecisionWithoutNoticeOrExceptionCannotBeResolved() throws IOException {
        Records r = new Records(base);
        Api clerk = r.democratic();
        String suffix = Api.unique();
        long committee = r.body("Committee " + suffix, 1, 0, false, "");
        long cabinet = r.body("Executive " + suffix, 1, 0, false, ",\"executive\":true");
        assertThat(clerk.get("api/bodies/" + cabinet).json().getBoolean("executive")).isTrue();
        r.member(cabinet, r.person("Leader " + suffix), "CHAIR", ",\"councillor\":true");

        problem(clerk.post("api/forward-plan", "{\"bodyId\":" + committee + ",\"title\":\"x\",\"decisionDue\":\"2099-01-01\",\"keyDecision\":true}"),
                422, "not-executive");

        long meeting = r.meeting(cabinet, 10);
        long award = r.item(meeting, "Award of the care contract " + suffix, ",\"keyDecision\":true");
        long plan = r.item(meeting, "Capital plan " + suffix, ",\"keyDecision\":true");
        JsonObject published = r.publish(meeting);
        assertThat(published.getString("warning")).contains("Key decision not yet allowed").contains("Award of the care contract " + suffix)
                .contains("28 clear days");

        String resolve = "{\"items\":[{\"itemId\":" + award + ",\"resolutions\":[\"That the contract be awarded.\"]}],\"version\":0}";
        problem(clerk.put("api/meetings/" + meeting + "/minutes", resolve), 409, "key-decision-without-notice");
        assertThat(clerk.get("api/meetings/" + meeting + "/minutes").json().getBoolean("recorded")).as("nothing recorded").isFalse();

        JsonObject entry = Papers.created(clerk.post("api/forward-plan", "{\"bodyId\":" + cabinet + ",\"title\":\"Award of the care contract "
                + suffix + "\",\"matter\":\"The award of the contract.\",\"decisionDue\":\"" + LocalDate.now().minusDays(10) + "\",\"keyDecision\":true}"));
        assertThat(entry.getString("noticeDate")).as("published today").isEqualTo(LocalDate.now().toString());
        String linked = "{\"title\":\"Award of the care contract " + suffix + "\",\"decisionDue\":\"" + LocalDate.now().minusDays(10)
                + "\",\"keyDecision\":true,\"itemId\":" + award;
        JsonObject onPlan = clerk.put("api/forward-plan/" + id(entry), linked + ",\"version\":" + version(entry) + "}").json();
        assertThat(onPlan.getString("warning")).contains("28 clear days' notice");
        problem(clerk.put("api/meetings/" + meeting + "/minutes", resolve), 409, "key-decision-without-notice");

        JsonObject urgent = clerk.put("api/forward-plan/" + id(entry), linked + ",\"specialUrgency\":{\"agreedBy\":\"SCRUTINY_CHAIR\","
                + "\"agreedByName\":\"Cllr Scrutiny\",\"agreedOn\":\"" + LocalDate.now().minusDays(11) + "\",\"reasons\":\"The provider is failing.\"},"
                + "\"version\":" + version(onPlan) + "}").json();
        assertThat(urgent.getString("basis")).isEqualTo("SPECIAL_URGENCY");
        assertThat(urgent.containsKey("warning") && !urgent.isNull("warning")).isFalse();
        JsonObject minutes = clerk.put("api/meetings/" + meeting + "/minutes", resolve).json();
        assertThat(minutes.getJsonArray("items").getJsonObject(0).getJsonArray("resolutions").getString(0)).isEqualTo("Resolved: That the contract be awarded.");
        assertThat(clerk.get("api/forward-plan/" + id(entry)).json().getString("status")).isEqualTo("TAKEN");

        // The general exception: the scrutiny chair informed and the public notice given 5 clear days before.
        JsonObject capital = Papers.created(clerk.post("api/forward-plan", "{\"bodyId\":" + cabinet + ",\"title\":\"Capital plan " + suffix
                + "\",\"decisionDue\":\"" + LocalDate.now().minusDays(10) + "\",\"keyDecision\":true}"));
        JsonObject exception = clerk.put("api/forward-plan/" + id(capital), "{\"title\":\"Capital plan " + suffix + "\",\"decisionDue\":\""
                + LocalDate.now().minusDays(10) + "\",\"keyDecision\":true,\"itemId\":" + plan + ",\"generalException\":{\"scrutinyChairInformedOn\":\""
                + LocalDate.now().minusDays(20) + "\",\"publicNoticeOn\":\"" + LocalDate.now().minusDays(16) + "\",\"reasons\":\"Funding deadline.\"},"
                + "\"version\":" + version(capital) + "}").json();
        assertThat(exception.getString("basis")).isEqualTo("GENERAL_EXCEPTION");
        assertThat(clerk.put("api/meetings/" + meeting + "/minutes", "{\"items\":[{\"itemId\":" + plan + ",\"resolutions\":[\"That the capital plan be"
                + " approved.\"]}],\"version\":" + version(minutes) + "}").status()).isEqualTo(200);

        // The forward plan as a page and a PDF (planned entries; these two are taken).
        JsonObject upcoming = Papers.created(clerk.post("api/forward-plan", "{\"bodyId\":" + cabinet + ",\"title\":\"Leisure contract " + suffix
                + "\",\"decisionDue\":\"" + LocalDate.now().plusDays(60) + "\",\"keyDecision\":true,\"leadOfficer\":\"Head of Leisure\"}"));
        assertThat(upcoming.getString("basis")).isEqualTo("FORWARD_PLAN_NOTICE");
        assertThat(Api.anonymous(base).get("api/forward-plan?body=" + cabinet).array()).hasSize(1);
        assertThat(Api.anonymous(base).get("api/forward-plan?body=" + cabinet + "&closed=true").array()).hasSize(3);
        assertThat(Api.anonymous(base).get("public/forward-plan.xhtml").body()).contains("Leisure contract " + suffix);
        var pdf = Api.anonymous(base).bytes("api/forward-plan.pdf?body=" + cabinet);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Forward Plan of Key Decisions")
                    .contains("Leisure contract " + suffix).contains("Head of Leisure");
        }
        assertThat(Api.as(base, "member").post("api/forward-plan", "{\"bodyId\":" + cabinet + ",\"title\":\"x\",\"decisionDue\":\"2099-01-01\"}")
                .status()).isEqualTo(403);
    }
}

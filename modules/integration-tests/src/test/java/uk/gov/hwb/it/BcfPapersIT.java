package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Better Care Fund in board papers: the quarterly update (generator bcf.quarterly-update) as a
 * report's appendix in the supplementary pack, drawn from stored facts; live in a draft's preview,
 * frozen in a built pack; and the consistency check of a report's text against it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BcfPapersIT {

    private static final String GENERATOR = "bcf.quarterly-update";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private byte[] storedPack(long meeting, String variant) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(180));
        while (true) {
            HttpResponse<byte[]> pack = Api.as(base, "democratic").bytes("api/meetings/" + meeting + "/pack.pdf?variant=" + variant);
            if (pack.statusCode() == 200) {
                return pack.body();
            }
            assertThat(Instant.now()).as("the packs are built after publishing").isBefore(until);
            Thread.sleep(500);
        }
    }

    /** A published meeting whose late item carries a report with the update for {@code reference} as its appendix. */
    private long publishedWithUpdate(Papers p, String title, String reference) {
        long meeting = p.meeting(p.body("BCF papers " + Api.unique()), "2024-12-10T17:00:00Z");
        long report = id(p.report(meeting, title, "<p>This report provides an overview of the Better Care Fund.</p>"));
        Api.Reply attached = p.author().post("api/reports/" + report + "/appendices/generated", "{\"title\":\"Better Care Fund quarterly update\","
                + "\"generator\":\"" + GENERATOR + "\",\"reference\":\"" + reference + "\"}");
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        p.makeReady(report);
        p.item(meeting, "Better Care Fund Update (for information)", ",\"reportId\":" + report + ",\"urgencyReason\":\"Figures arrived late\"");
        p.publish(meeting);
        return meeting;
    }

    @Test
    void theSupplementaryPackCarriesTheFundingTableWithBothTotalsAndTheFiveMetricsJudged() throws Exception {
        Papers p = new Papers(base);
        long plan = id(new Bcf(base).demoPlan());
        long meeting = publishedWithUpdate(p, "FOR INFORMATION ONLY: 2023/24 Better Care Fund Quarter 2 Submission " + Api.unique(),
                plan + "/2023-24/Q2");
        String pack = text(storedPack(meeting, "supplementary"));
        assertThat(pack).contains("SUPPLEMENTARY REPORTS PACK")
                .contains("Better Care Fund quarterly update: Quarter 2 2023/24")
                .contains("2023/24 Total £28,156,886 £28,156,886 £0")
                .contains("2024/25 Total £29,888,629 £29,888,629 £0")
                .contains("Avoidable admissions 243.3 per 100,000 253 253 Off track")
                .contains("Discharge to normal place of residence")
                .contains("Falls 2,100 per 100,000 627.9 – No data")
                .contains("Residential admissions 549 per 100,000 549 – No data")
                .contains("Reablement 80% 74.5% 78.6% Off track")
                .contains("Off track: 1.4 points below the target of 80%.")
                .contains("Check: The commentary says \"below target by 2.4%\"")
                .contains("Signed off by Councillor Maxine Sadza, chair of the Health and Wellbeing Board");
    }

    @Test
    void aDraftsPreviewShowsAChangedIncomeWhileAPublishedPackKeepsItsBytes() throws Exception {
        Papers p = new Papers(base);
        Bcf bcf = new Bcf(base);
        long plan = bcf.seedPlan("Frozen " + Api.unique());
        String reference = plan + "/2023-24/Q2";
        long published = publishedWithUpdate(p, "BCF update 2023/24 Quarter 2", reference);
        byte[] before = storedPack(published, "supplementary");
        assertThat(text(before)).contains("2023/24 Total £28,156,886");

        long draftMeeting = p.meeting(p.body("BCF draft " + Api.unique()), "2030-03-12T17:00:00Z");
        long draft = id(p.report(draftMeeting, "BCF update (draft)", "<p>Draft.</p>"));
        JsonObject appendix = Papers.created(p.author().post("api/reports/" + draft + "/appendices/generated",
                "{\"title\":\"Better Care Fund quarterly update\",\"generator\":\"" + GENERATOR + "\",\"reference\":\"" + reference + "\"}"));
        HttpResponse<byte[]> preview = p.author().bytes("api/appendices/" + id(appendix) + "/content");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(text(preview.body())).contains("2023/24 Total £28,156,886");

        bcf.income(plan, "2023-24", "[{\"source\":\"Additional ICB Contribution\",\"amount\":250000.50}]");
        String after = text(p.author().bytes("api/appendices/" + id(appendix) + "/content").body());
        assertThat(after).as("the preview is rendered live").contains("2023/24 Total £28,406,886.50").doesNotContain("£28,156,886 £28,156,886 £0");

        byte[] stillPublished = Api.anonymous(base).bytes("api/meetings/" + published + "/pack.pdf?variant=supplementary").body();
        assertThat(stillPublished).as("a built pack keeps its bytes").isEqualTo(before);
        assertThat(text(stillPublished)).doesNotContain("28,406,886");
    }

    @Test
    void theConsistencyCheckWarnsOnTheDemosItem10AndNotOnAMatchingReport() {
        Api anonymous = Api.anonymous(base);
        Bcf bcf = new Bcf(base);
        long hwb = anonymous.get("api/bodies").array().stream().map(b -> b.asJsonObject())
                .filter(b -> b.getString("name").equals("Health and Wellbeing Board")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long meeting = id(anonymous.get("api/meetings?body=" + hwb + "&from=2024-12-10&to=2024-12-10").json().getJsonArray("items").getJsonObject(0));
        JsonObject item10 = anonymous.get("api/meetings/" + meeting + "/items").array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getInt("number") == 10).findFirst().orElseThrow();
        JsonObject report = anonymous.get("api/reports/" + item10.getJsonNumber("reportId").longValue()).json();
        String paper = report.getString("title") + " " + report.getJsonObject("sections").getString("executiveSummary");
        assertThat(paper).contains("2024/25");
        long demo = id(bcf.demoPlan());

        List<String> warned = check(bcf, demo + "/2023-24/Q2", paper);
        assertThat(warned).anySatisfy(w -> assertThat(w).contains("names 2024/25").contains("Quarter 2 2023/24"));
        assertThat(warned).as("and the appendix's own commentary").anySatisfy(w -> assertThat(w).startsWith("Reablement (in the appendix)"));

        long clean = bcf.plan("Matching " + Api.unique());
        JsonObject metric = bcf.metric(clean, "{\"name\":\"Reablement\",\"unit\":\"PERCENT\",\"polarity\":\"HIGHER_IS_BETTER\",\"basis\":\"AS_IS\","
                + "\"targets\":{\"2023-24\":80}}");
        bcf.value(id(metric), "2023-24", 2, "{\"value\":78.6,\"commentary\":\"Below target by 1.4 points.\"}");
        String matching = paper.replace("2024/25", "2023/24") + " Reablement is 1.4 points below target.";
        assertThat(check(bcf, clean + "/2023-24/Q2", matching)).isEmpty();
        assertThat(check(bcf, clean + "/2023-24/Q2", matching.replace("1.4 points", "2.4%"))).singleElement().asString()
                .contains("\"2.4% below target\"");
        Api.Reply bad = bcf.finance().post("api/bcf/quarterly-updates/check", "{\"reference\":\"nonsense\",\"text\":\"x\"}");
        assertThat(bad.errorFields()).containsExactly("reference");
    }

    @Test
    void theDemoMeetingsItem10CarriesTheUpdateFoundInTheBcfModuleByCdi() throws Exception {
        Api anonymous = Api.anonymous(base);
        long hwb = anonymous.get("api/bodies").array().stream().map(b -> b.asJsonObject())
                .filter(b -> b.getString("name").equals("Health and Wellbeing Board")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long meeting = id(anonymous.get("api/meetings?body=" + hwb + "&from=2024-12-10&to=2024-12-10").json().getJsonArray("items").getJsonObject(0));
        JsonObject item10 = anonymous.get("api/meetings/" + meeting + "/items").array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getInt("number") == 10).findFirst().orElseThrow();
        JsonObject report = anonymous.get("api/reports/" + item10.getJsonNumber("reportId").longValue()).json();
        boolean attached = report.getJsonArray("appendices").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> !Bcf.absent(a, "generator") && GENERATOR.equals(a.getString("generator")));
        assertThat(attached).as("the board's demo data attaches bcf.quarterly-update to item 10").isTrue();
        String pack = text(storedPack(meeting, "supplementary"));
        assertThat(pack).contains("£28,156,886").contains("£29,888,629").contains("Reablement 80% 74.5% 78.6% Off track");
    }

    private static List<String> check(Bcf bcf, String reference, String text) {
        Api.Reply reply = bcf.finance().post("api/bcf/quarterly-updates/check", "{\"reference\":\"" + reference + "\",\"text\":" + Bcf.json(text) + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("contradictions").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }
}

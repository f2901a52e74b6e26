package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The board's SEND paper carries the send module's generated documents: a late item 7 whose report
 * has the annual update ({@code send.annual-update}, "2023-24") and the SEF ({@code send.sef}, "1": the
 * demo SEF of 10 October 2024) as appendices puts both in the supplementary pack, drawn from the data,
 * as the 10 December 2024 meeting of seed 002 does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SendPackIT {

    static final String ANNUAL_UPDATE = "Update on key strategic activity and next steps";
    static final String SEF = "Special Educational Needs and Disabilities (SEND) Self Evaluation";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private void build(long meeting) throws InterruptedException {
        Api democratic = Api.as(base, "democratic");
        JsonObject job = democratic.post("api/meetings/" + meeting + "/packs", "").json();
        Instant until = Instant.now().plus(Duration.ofSeconds(180));
        while (!job.getString("state").equals("DONE")) {
            assertThat(job.getString("state")).as(job.toString()).isNotEqualTo("FAILED");
            assertThat(Instant.now()).as("the packs are built").isBefore(until);
            Thread.sleep(500);
            job = democratic.get("api/pack-jobs/" + job.getString("id")).json();
        }
    }

    /** The pages of item 7 in the supplementary pack, by the front sheet's page range. */
    private String itemSeven(long meeting, String title) throws Exception {
        List<String> pages = PacksIT.pages(Api.anonymous(base).bytes("api/meetings/" + meeting + "/pack.pdf?variant=supplementary").body());
        String front = pages.get(0).replaceAll("\\s+", " ");
        Matcher range = Pattern.compile(Pattern.quote(title) + "[^()]*(?:\\([^)]*\\) )?\\(Pages (\\d+) - (\\d+)\\)").matcher(front);
        assertThat(range.find()).as(front).isTrue();
        int from = Integer.parseInt(range.group(1));
        int to = Integer.parseInt(range.group(2));
        return String.join("\n", pages.subList(from - 1, to)).replaceAll("\\s+", " ");
    }

    @Test
    void item7sReportCarriesTheAnnualUpdateAndTheSefIntoTheSupplementaryPack() throws Exception {
        Papers p = new Papers(base);
        String suffix = Api.unique();
        long meeting = p.meeting(p.body("SEND papers board " + suffix), "2099-12-10T18:00:00Z");
        long report = id(p.report(meeting, "SEND and Strategic Action Plan Update " + suffix,
                "<p>To update the Board on the SEND Area Strategic Action Plan progress.</p>"));
        Papers.created(p.author().post("api/reports/" + report + "/appendices/generated",
                "{\"title\":\"Strategic action plan annual update\",\"generator\":\"send.annual-update\",\"reference\":\"2023-24\"}"));
        Papers.created(p.author().post("api/reports/" + report + "/appendices/generated",
                "{\"title\":\"Area Self Evaluation Framework (SEF)\",\"generator\":\"send.sef\",\"reference\":\"1\"}"));
        assertThat(p.author().post("api/reports/" + report + "/appendices/generated",
                "{\"title\":\"No such SEF\",\"generator\":\"send.sef\",\"reference\":\"99999\"}").errorFields()).containsExactly("reference");
        p.makeReady(report);
        for (int i = 1; i <= 6; i++) {
            p.item(meeting, "Item " + i + " " + suffix, "");
        }
        p.item(meeting, "SEND Reporting", ",\"late\":true,\"urgencyReason\":\"The SEND update was not ready when the agenda was printed\","
                + "\"reportId\":" + report);
        p.publish(meeting);
        build(meeting);

        List<String> pages = PacksIT.pages(Api.anonymous(base).bytes("api/meetings/" + meeting + "/pack.pdf?variant=supplementary").body());
        assertThat(pages.get(0).replaceAll("\\s+", " ")).contains("SUPPLEMENTARY REPORTS PACK: AGENDA ITEM 7");
        String item = itemSeven(meeting, "SEND Reporting");
        assertThat(item).contains("SEND and Strategic Action Plan Update " + suffix)
                .contains(ANNUAL_UPDATE).contains("Recommendation: 4").contains("What we wanted: Joint data dashboards.")
                .contains(SEF).contains("Version 1, dated 10 October 2024. Agreed on 10 December 2024.")
                .contains("We know that the short breaks offer is underdeveloped");
        assertThat(item.indexOf(ANNUAL_UPDATE)).as("the appendices follow the report in order").isLessThan(item.indexOf(SEF));
    }

    @Test
    void theDemoMeetingsItem7HoldsTheAnnualUpdateAndTheSef() throws Exception {
        Api anonymous = Api.anonymous(base);
        long hwb = Send.objects(anonymous.get("api/bodies").array()).stream().filter(b -> b.getString("name").equals("Health and Wellbeing Board"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long meeting = id(anonymous.get("api/meetings?body=" + hwb + "&from=2024-12-10&to=2024-12-10").json().getJsonArray("items").getJsonObject(0));
        JsonObject item7 = Send.objects(anonymous.get("api/meetings/" + meeting + "/items").array()).stream()
                .filter(i -> i.getInt("number") == 7).findFirst().orElseThrow();
        JsonObject report = Api.as(base, "democratic").get("api/reports/" + item7.getJsonNumber("reportId").longValue()).json();
        List<String> generators = report.getJsonArray("appendices").stream().map(JsonValue::asJsonObject)
                .map(a -> a.getString("generator", "")).toList();
        assertThat(generators).as("the board's demo data attaches the SEND documents to item 7").contains("send.sef", "send.annual-update");
        build(meeting);
        assertThat(itemSeven(meeting, "SEND Reporting")).contains(ANNUAL_UPDATE).contains(SEF);
    }
}

package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** Publishing builds the packs in the background; they are served by variant and their page ranges match their pages. */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PacksIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }

    private JsonObject waitForJob(Api api, JsonObject job) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        JsonObject current = job;
        while (!current.getString("state").equals("DONE")) {
            assertThat(current.getString("state")).as(current.toString()).isNotEqualTo("FAILED");
            assertThat(Instant.now()).as("the build finishes").isBefore(until);
            Thread.sleep(300);
            current = api.get("api/pack-jobs/" + current.getString("id")).json();
        }
        assertThat(current.getInt("progress")).isEqualTo(100);
        return current;
    }

    /** Waits until the meeting's public pack is stored, without asking for a build. */
    private void awaitStoredPack(long meeting) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Api.anonymous(base).bytes("api/meetings/" + meeting + "/pack.pdf").statusCode() != 200) {
            assertThat(Instant.now()).as("the packs are built after publishing").isBefore(until);
            Thread.sleep(300);
        }
    }

    @Test
    void publishingBuildsThePacksAndTheirPageRangesMatch() throws Exception {
        Papers p = new Papers(base);
        String suffix = Api.unique();
        long meeting = p.meeting(p.body("Packs board " + suffix), "2024-12-10T17:00:00Z");
        long open = id(p.report(meeting, "Open report " + suffix, "<p>Open text.</p>"));
        Papers.created(p.author().upload("api/reports/" + open + "/appendices", "a.pdf", Papers.pdf("Open appendix " + suffix, 3), "Action plan"));
        p.makeReady(open);
        String marker = "zqxpack" + suffix;
        long secret = id(p.report(meeting, "Secret report " + suffix, "<p>The bid is " + marker + ".</p>"));
        p.makeReady(secret);
        p.item(meeting, "Apologies", ",\"urgencyReason\":\"Late agenda\"");
        p.item(meeting, "Open item", ",\"reportId\":" + open + ",\"urgencyReason\":\"Data arrived late\"");
        p.item(meeting, "Secret item", ",\"part\":\"PART_2\",\"exemptParagraph\":3,\"reportId\":" + secret + ",\"urgencyReason\":\"Tender\"");
        p.publish(meeting);
        awaitStoredPack(meeting); // publishing alone builds the packs

        JsonObject job = p.democratic().post("api/meetings/" + meeting + "/packs", "").json();
        assertThat(job.getInt("total")).isPositive();
        waitForJob(p.democratic(), job);

        Api anonymous = Api.anonymous(base);
        HttpResponse<byte[]> publicPack = anonymous.bytes("api/meetings/" + meeting + "/pack.pdf");
        assertThat(publicPack.statusCode()).isEqualTo(200);
        List<String> pub = pages(publicPack.body());
        assertThat(pub.get(0)).contains("Public Document Pack").contains("Secret item").contains("Exempt – paragraph 3");
        assertThat(String.join("\n", pub)).doesNotContain(marker);
        int report = pageOf(pub, "Open report " + suffix);
        int appendix = pageOf(pub, "Open appendix " + suffix);
        assertThat(report % 2).isEqualTo(1);
        assertThat(appendix % 2).isEqualTo(1);
        for (int page = 1; page <= pub.size(); page++) {
            assertThat(pub.get(page - 1)).contains("Page " + page);
        }
        Matcher range = Pattern.compile("Open item \\(Pages (\\d+) - (\\d+)\\)").matcher(pub.get(0).replaceAll("\\s+", " "));
        assertThat(range.find()).as(pub.get(0)).isTrue();
        assertThat(Integer.parseInt(range.group(1))).isEqualTo(report);
        assertThat(Integer.parseInt(range.group(2))).isEqualTo(appendix + 2);

        var agenda = anonymous.get("api/meetings/" + meeting + "/agenda").array();
        JsonObject openItem = agenda.getJsonObject(1);
        assertThat(openItem.getJsonObject("pages").getInt("from")).isEqualTo(report);
        assertThat(openItem.getJsonObject("pages").getInt("to")).isEqualTo(appendix + 2);
        assertThat(agenda.getJsonObject(2).containsKey("pages")).as("no pages for a Part 2 item").isFalse();

        assertThat(anonymous.get("api/meetings/" + meeting + "/pack.pdf?variant=members").status()).isEqualTo(403);
        List<String> members = pages(p.democratic().bytes("api/meetings/" + meeting + "/pack.pdf?variant=members").body());
        int secretPage = pageOf(members, marker);
        assertThat(secretPage).isPositive();
        assertThat(members.get(secretPage - 1).replaceAll("\\s", "")).contains("CONFIDENTIAL–NOTFORPUBLICATION"); // drawn in the embedded font, en dash and all

        List<String> supplementary = pages(anonymous.bytes("api/meetings/" + meeting + "/pack.pdf?variant=supplementary").body());
        assertThat(supplementary.get(0).replaceAll("\\s+", " ")).contains("SUPPLEMENTARY REPORTS PACK: AGENDA ITEMS 1 AND 2")
                .contains("Open item (Pages 3 - ");
        assertThat(pageOf(supplementary, "Open report " + suffix)).isEqualTo(3);
        assertThat(anonymous.get("api/meetings/" + meeting + "/pack.pdf?variant=everything").errorFields()).containsExactly("variant");

        // Two builds at once: the second reuses the first or finds the packs stored; nothing is duplicated or changed.
        String etag = publicPack.headers().firstValue("ETag").orElseThrow();
        JsonObject one = p.democratic().post("api/meetings/" + meeting + "/packs", "").json();
        JsonObject two = p.democratic().post("api/meetings/" + meeting + "/packs", "").json();
        waitForJob(p.democratic(), one);
        waitForJob(p.democratic(), two);
        assertThat(anonymous.bytes("api/meetings/" + meeting + "/pack.pdf").headers().firstValue("ETag")).contains(etag);

        HttpResponse<byte[]> accessible = anonymous.bytes("api/reports/" + open + "/report.pdf");
        assertThat(accessible.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(accessible.body())) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(new PDFTextStripper().getText(doc)).contains("Open report " + suffix);
        }
        assertThat(anonymous.bytes("api/reports/" + secret + "/report.pdf").statusCode()).isEqualTo(403);
        assertThat(anonymous.get("api/pack-jobs/no-such-job").status()).isEqualTo(404);
    }

    @Test
    void theDemoMeetingHasASupplementaryPackForItems7To10WithMatchingRangesAndGeneratedAppendices() throws Exception {
        Api anonymous = Api.anonymous(base);
        long hwb = anonymous.get("api/bodies").array().stream().map(b -> b.asJsonObject())
                .filter(b -> b.getString("name").equals("Health and Wellbeing Board")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long meeting = id(anonymous.get("api/meetings?body=" + hwb + "&from=2024-12-10&to=2024-12-10").json().getJsonArray("items").getJsonObject(0));
        waitForJob(Api.as(base, "democratic"), Api.as(base, "democratic").post("api/meetings/" + meeting + "/packs", "").json());
        List<String> pack = pages(anonymous.bytes("api/meetings/" + meeting + "/pack.pdf?variant=supplementary").body());
        String front = pack.get(0).replaceAll("\\s+", " ");
        assertThat(front).contains("SUPPLEMENTARY REPORTS PACK: AGENDA ITEMS 7, 9 AND 10");
        for (String[] item : new String[][] {{"SEND Reporting \\(18.05\\)", "SEND and Strategic Action Plan Update"},
                {"Ageing Well, Caring Well and Living Well Strategies \\(18.40\\)", "Adult Social Care Strategies"},
                {"Better Care Fund Update \\(for information\\)", "2024/25 Better Care Fund"}}) {
            Matcher m = Pattern.compile(item[0] + " \\((?:Pages (\\d+) - \\d+|Page (\\d+))\\)").matcher(front);
            assertThat(m.find()).as(item[0] + " in " + front).isTrue();
            int from = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            assertThat(pack.get(from - 1).replaceAll("\\s+", " ")).as("page " + from).contains(item[1]);
        }
        String all = String.join(" ", pack).replaceAll("\\s+", " ");
        assertThat(all).as("item 9's appendix, generated by the strategies module")
                .contains("Strategies Annual Report April 2023 – March 2024").contains("Caring Well").contains("Ageing Well");
    }
}

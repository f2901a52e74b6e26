package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The assembled packs are accessible: built by the server from generated documents (front sheet,
 * the previous meeting's minutes, a public and a confidential report), the public pack and the
 * members' pack with its watermark pass veraPDF's PDF/UA-1 check with 0 failed rules. An uploaded
 * appendix without tags is reported to its author and named in the pack's accessibility statement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PackAccessibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Set<String> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Set<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " " + assertion.getMessage());
                }
            }
            return failed;
        }
    }

    private byte[] awaitPack(Api api, long meeting, String variant) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(180));
        while (true) {
            var pack = api.bytes("api/meetings/" + meeting + "/pack.pdf?variant=" + variant);
            if (pack.statusCode() == 200) {
                return pack.body();
            }
            assertThat(Instant.now()).as("the packs are built").isBefore(until);
            Thread.sleep(500);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void publicAndMembersPacksOfGeneratedDocumentsPassPdfUa() throws Exception {
        Records r = new Records(base);
        Api clerk = r.democratic();
        String suffix = Api.unique();
        long body = r.body("Accessible packs board " + suffix, 1, 0, false, "");
        long previous = r.meeting(body, 20);
        long welcome = r.item(previous, "Welcome", "");
        r.publish(previous);
        clerk.put("api/meetings/" + previous + "/minutes", "{\"items\":[{\"itemId\":" + welcome + ",\"minute\":\"The Chair welcomed everyone.\","
                + "\"resolutions\":[\"That the welcome be noted.\"]}],\"version\":0}");

        long meeting = r.meeting(body, -60); // carries the previous meeting's minutes under its first item
        long open = id(r.papers.report(meeting, "Open report " + suffix, "<p>Public business.</p>"));
        r.papers.makeReady(open);
        r.papers.item(meeting, "Open report", ",\"reportId\":" + open);
        long secret = id(r.papers.report(meeting, "Secret report " + suffix, "<p>Confidential business.</p>"));
        r.papers.makeReady(secret);
        r.papers.item(meeting, "Secret report", ",\"part\":\"PART_2\",\"exemptParagraph\":3,\"reportId\":" + secret);
        r.publish(meeting);

        byte[] publicPack = awaitPack(Api.anonymous(base), meeting, "public");
        byte[] membersPack = awaitPack(clerk, meeting, "members");
        assertThat(text(publicPack)).contains("The Chair welcomed everyone.").contains("Open report " + suffix).doesNotContain("Confidential business.");
        assertThat(text(membersPack).replaceAll("\\s", "")).contains("CONFIDENTIAL–NOTFORPUBLICATION").contains("Confidentialbusiness.");
        assertThat(failedRules(publicPack)).as("PDF/UA-1 rules failed by the public pack").isEmpty();
        assertThat(failedRules(membersPack)).as("PDF/UA-1 rules failed by the members' pack").isEmpty();
        assertThat(new String(publicPack, StandardCharsets.ISO_8859_1)).contains("pdfuaid:part>1<");
        assertThat(text(publicPack)).contains("this pack is a tagged PDF (PDF/UA)");
        assertThat(failedRules(Api.anonymous(base).bytes("api/meetings/" + previous + "/minutes.pdf").body())).as("the minutes").isEmpty();
    }

    @Test
    void anUntaggedAppendixIsToldToItsAuthorAndNamedInThePacksStatement() throws Exception {
        Papers p = new Papers(base);
        String suffix = Api.unique();
        long meeting = p.meeting(p.body("Untagged appendix board " + suffix), "2099-06-02T17:00:00Z");
        long report = id(p.report(meeting, "Report with a scan " + suffix, "<p>See the appendix.</p>"));
        Api.Reply upload = p.author().upload("api/reports/" + report + "/appendices", "scan.pdf", Papers.pdf("Scanned letter", 1), "Scanned letter");
        assertThat(upload.status()).isEqualTo(201);
        assertThat(upload.json().getBoolean("tagged")).as("the author is told").isFalse();
        p.makeReady(report);
        p.item(meeting, "Report with a scan", ",\"reportId\":" + report);
        p.publish(meeting);
        byte[] pack = awaitPack(Api.anonymous(base), meeting, "public");
        assertThat(text(pack)).contains("supplied without tags").contains("Appendix 1 – Scanned letter (item 1)");
        assertThat(new String(pack, StandardCharsets.ISO_8859_1)).as("no PDF/UA claim for a pack with an untagged part").doesNotContain("pdfuaid:part>1<");
        assertThat(Api.anonymous(base).get("public/meeting.xhtml?id=" + meeting).body()).contains("supplied without tags");
    }
}

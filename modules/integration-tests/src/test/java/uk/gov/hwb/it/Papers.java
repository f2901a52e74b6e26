package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds bodies, meetings, agendas and reports through the API, as democratic services and authors would. */
final class Papers {

    private final URL base;

    Papers(URL base) {
        this.base = base;
    }

    Api democratic() {
        return Api.as(base, "democratic");
    }

    Api author() {
        return Api.as(base, "author");
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    long body(String name) {
        return id(created(democratic().post("api/bodies", "{\"name\":\"" + name + "\",\"kind\":\"PARTNERSHIP_GROUP\"}")));
    }

    long meeting(long bodyId, String start) {
        return id(created(democratic().post("api/meetings", "{\"bodyId\":" + bodyId + ",\"start\":\"" + start + "\",\"venue\":\"Committee Room 1\"}")));
    }

    long item(long meetingId, String title, String extra) {
        return id(created(democratic().post("api/meetings/" + meetingId + "/items",
                "{\"title\":\"" + title + "\",\"purpose\":\"FOR_DECISION\",\"part\":\"PART_1\"" + extra + "}")));
    }

    JsonObject report(long meetingId, String title, String summaryHtml) {
        return created(author().post("api/reports", "{\"meetingId\":" + meetingId + ",\"title\":\"" + title + "\","
                + "\"executiveDirector\":\"Mark Harvey\",\"reportAuthor\":\"Nicola Mickleburgh\","
                + "\"sections\":{\"executiveSummary\":\"" + summaryHtml.replace("\"", "\\\"") + "\",\"recommendations\":[\"To note the report\"]}}"));
    }

    /** Walks a report from draft to ready, as author, democratic services and finance would. */
    JsonObject makeReady(long reportId) {
        JsonObject report = step(author(), reportId, "SUBMIT");
        report = step(democratic(), reportId, "APPROVE");
        report = step(democratic(), reportId, "CLEAR_LEGAL");
        report = step(Api.as(base, "finance"), reportId, "CLEAR_FINANCE");
        report = step(democratic(), reportId, "MARK_READY");
        assertThat(report.getString("status")).isEqualTo("READY");
        return report;
    }

    JsonObject step(Api as, long reportId, String action) {
        long version = democratic().get("api/reports/" + reportId).json().getJsonNumber("version").longValue();
        Api.Reply reply = as.post("api/reports/" + reportId + "/transitions", "{\"action\":\"" + action + "\",\"version\":" + version + "}");
        assertThat(reply.status()).as(action + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    JsonObject publish(long meetingId) {
        Api.Reply reply = democratic().post("api/meetings/" + meetingId + "/publish", "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** A real PDF with the text on every page. */
    static byte[] pdf(String text, int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

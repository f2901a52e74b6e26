package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The SEND partnership's API as the SEND lead's scripts would use it, for the send tests. The SEF
 * allows one draft at a time across the whole (shared) test database, so {@link #freshDraft()}
 * agrees any draft another test left before starting its own.
 */
final class Send {

    private final URL base;

    Send(URL base) {
        this.base = base;
    }

    Api lead() {
        return Api.as(base, "sendlead");
    }

    /** The newest agreed version's number. */
    int latestAgreed() {
        return lead().get("api/send/sef").array().stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("status").equals("AGREED")).findFirst().orElseThrow().getInt("number");
    }

    /** A new draft copied from the newest agreed version (agreeing whatever draft is there first). */
    JsonObject freshDraft() {
        JsonArray versions = lead().get("api/send/sef").array();
        JsonObject newest = versions.getJsonObject(0);
        if (newest.getString("status").equals("DRAFT")) {
            Api.Reply agreed = lead().post("api/send/sef/" + newest.getInt("number") + "/agree", "{}");
            assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        }
        Api.Reply created = lead().post("api/send/sef", "{\"copyOf\":" + latestAgreed() + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** The SEF's content as the PUT takes it, from a version as the GET gives it, with changes applied by the caller. */
    static JsonObjectBuilder content(JsonObject sef) {
        return Json.createObjectBuilder().add("date", sef.getString("date")).add("context", sef.isNull("context") ? JsonValue.NULL : sef.get("context"))
                .add("keyIssues", sef.getJsonArray("keyIssues")).add("areas", sef.getJsonArray("areas"))
                .add("priorities", sef.getJsonArray("priorities")).add("version", sef.getJsonNumber("version"));
    }

    static JsonArray with(JsonArray array, String added) {
        JsonArrayBuilder builder = Json.createArrayBuilder(array);
        builder.add(added);
        return builder.build();
    }

    static JsonArray replace(JsonArray array, int index, JsonValue value) {
        JsonArrayBuilder builder = Json.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            builder.add(i == index ? value : array.get(i));
        }
        return builder.build();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** veraPDF's PDF/UA-1 rules the document fails (none, for a document that passes). */
    static Set<String> failedPdfUaRules(byte[] pdf) {
        VeraGreenfieldFoundryProvider.initialise();
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
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the document", e);
        }
    }

    static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }
}

package uk.gov.hwb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every template of every module, rendered with its fixture data, is a tagged PDF that veraPDF's
 * PDF/UA-1 check passes with 0 failed rules, and prints the fixture's text. A template without a
 * fixture fails the build, so a module's documents are accessible from their first commit.
 *
 * <p>A fixture is {@code src/test/resources/fixtures/<module>/<template>.json}:
 * {@code {"title": …, "author": …, "subject": …, "parameters": {…}, "rows": [{…}], "expect": ["text", …]}}.
 * JSON whole numbers arrive as {@code Integer}, other numbers as {@code BigDecimal}; a parameter
 * holding a list of objects arrives as a data source.
 */
class TemplatesTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    @BeforeAll
    static void foundry() {
        System.setProperty("java.awt.headless", "true");
        VeraGreenfieldFoundryProvider.initialise();
    }

    static List<String> templates() throws IOException, URISyntaxException {
        Path root = Path.of(PdfRenderer.class.getResource("/jasper").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".jasper"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/').replace(".jasper", "")).sorted().toList();
        }
    }

    @Test
    void everyModulesTemplatesAreCompiledIntoTheJar() throws Exception {
        assertThat(templates()).contains("board/front-sheet", "board/report", "board/record");
    }

    @TestFactory
    Stream<DynamicTest> everyTemplatePassesPdfUaWithItsFixture() throws Exception {
        return templates().stream().map(template -> DynamicTest.dynamicTest(template, () -> {
            JsonObject fixture = fixture(template);
            byte[] pdf = RENDERER.render(new Rendering(template, parameters(fixture.getJsonObject("parameters")),
                    rows(fixture), fixture.getString("title"), fixture.getString("author", null), fixture.getString("subject", null)));
            Set<String> failed = failedRules(pdf);
            assertThat(failed).as("PDF/UA-1 rules failed by " + template).isEmpty();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
                assertThat(document.getDocumentInformation().getTitle()).isEqualTo(fixture.getString("title"));
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                for (JsonValue expected : fixture.getJsonArray("expect")) {
                    assertThat(text).as(template + " prints").contains(((JsonString) expected).getString());
                }
            }
        }));
    }

    @Test
    void theSameContentIsRenderedOnceAndChangedContentAgain() throws Exception {
        JsonObject fixture = fixture("board/report");
        Rendering first = new Rendering("board/report", parameters(fixture.getJsonObject("parameters")), rows(fixture), "A", null, null);
        Map<String, Object> reordered = new LinkedHashMap<>();
        List<String> names = first.parameters().keySet().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        names.forEach(n -> reordered.put(n, first.parameters().get(n)));
        Rendering same = new Rendering("board/report", reordered, first.rows(), "A", null, null);
        assertThat(PdfRenderer.contentHash(same)).isEqualTo(PdfRenderer.contentHash(first));
        assertThat(RENDERER.render(same)).isSameAs(RENDERER.render(first));
        Map<String, Object> changed = new LinkedHashMap<>(reordered);
        changed.put("title", "Another title");
        assertThat(PdfRenderer.contentHash(new Rendering("board/report", changed, first.rows(), "A", null, null)))
                .isNotEqualTo(PdfRenderer.contentHash(first));
    }

    static Set<String> failedRules(byte[] pdf) throws IOException, ValidationException {
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

    static JsonObject fixture(String template) throws IOException {
        try (InputStream in = TemplatesTest.class.getResourceAsStream("/fixtures/" + template + ".json")) {
            assertThat(in).as("a fixture src/test/resources/fixtures/" + template + ".json for template " + template).isNotNull();
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        }
    }

    private static Map<String, Object> parameters(JsonObject json) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (json != null) {
            json.forEach((name, value) -> parameters.put(name, plain(value)));
        }
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, ?>> rows(JsonObject fixture) {
        return fixture.containsKey("rows") ? (List<Map<String, ?>>) plain(fixture.get("rows")) : List.of();
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() && ((JsonNumber) value).bigDecimalValue().scale() <= 0
                    ? (Object) ((JsonNumber) value).intValue() : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> value.asJsonArray().stream().map(TemplatesTest::plain).toList();
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
        };
    }
}

package uk.gov.hwb.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.text.SingleLine;

class JsonInputTest {

    enum Kind { BOARD, SUB_GROUP }

    record Terms(String purpose, LocalDate reviewDate) {
    }

    record Body(@SingleLine String name, Kind kind, Long parentId, boolean open, int paragraph, Terms terms,
                List<@SingleLine String> papers, Set<Kind> kinds, OffsetDateTime start, LocalTime at, long version) {
    }

    private static List<String> fields(String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return JsonInput.problems(value, Body.class).stream().map(FieldError::field).toList();
    }

    private static List<FieldError> errors(String json) {
        return JsonInput.problems(Json.createReader(new StringReader(json)).readValue(), Body.class);
    }

    @Test
    void aGoodBodyPasses() {
        assertThat(fields("{\"name\":\"Board\",\"kind\":\"BOARD\",\"parentId\":\"12\",\"open\":true,\"paragraph\":3,"
                + "\"terms\":{\"purpose\":\"Line one\\nline two\",\"reviewDate\":\"2025-12-01\"},\"papers\":[\"A\"],\"kinds\":[\"SUB_GROUP\"],"
                + "\"start\":\"2024-12-10T17:00:00Z\",\"at\":\"18:05\",\"version\":0,\"unknown\":{\"x\":1}}")).isEmpty();
        assertThat(fields("{\"parentId\":null,\"terms\":null}")).isEmpty();
    }

    @Test
    void controlCharactersAreNamedByTheirJsonPath() {
        assertThat(fields("{\"name\":\"Two\\nlines\",\"terms\":{\"purpose\":\"Bell\\u0007\"},\"papers\":[\"ok\",\"tab\\there\"],"
                + "\"unknown\":[\"\\u0000\"]}")).containsExactly("name", "terms.purpose", "papers[1]", "unknown[0]");
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
        List<FieldError> errors = errors("{\"kind\":\"SUPERBOARD\",\"kinds\":[\"BOARD\",\"KING\"]}");
        assertThat(errors).extracting(FieldError::field).containsExactly("kind", "kinds[1]");
        assertThat(errors.get(0).message()).isEqualTo("must be one of BOARD, SUB_GROUP");
    }

    @Test
    void wrongTypesAndOverflowsAreNamed() {
        assertThat(fields("{\"parentId\":\"abc\",\"open\":\"yes\",\"paragraph\":1e40,\"terms\":\"text\",\"papers\":\"all\",\"version\":\"one\"}"))
                .containsExactly("parentId", "open", "paragraph", "terms", "papers", "version");
        assertThat(fields("[1,2]")).containsExactly("body");
        assertThat(fields("{\"paragraph\":2147483648}")).containsExactly("paragraph");
    }

    @Test
    void datesMustBeDatesInASensibleRange() {
        assertThat(fields("{\"start\":\"+999999999-12-31T10:00:00Z\",\"terms\":{\"reviewDate\":\"0001-01-01\"},\"at\":\"25:61\"}"))
                .containsExactly("start", "terms.reviewDate", "at");
        assertThat(fields("{\"start\":\"2024-12-10\"}")).containsExactly("start");
        assertThat(errors("{\"terms\":{\"reviewDate\":\"2024-02-30\"}}").get(0).message()).contains("2024-12-10");
    }
}

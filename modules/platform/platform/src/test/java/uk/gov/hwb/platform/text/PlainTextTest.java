package uk.gov.hwb.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.TextFields;

class PlainTextTest {

    @Test
    void ordinaryTextOfAnyScriptIsFine() {
        assertThat(PlainText.problem("Health & Wellbeing Board – 10 December 2024 (£28,156,886) café Ελλάδα 😀", true)).isEmpty();
        assertThat(PlainText.problem("First line\nsecond line\r\n\tindented", false)).isEmpty();
        assertThat(PlainText.problem(null, true)).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedWithTheirPosition() {
        assertThat(PlainText.problem("Board\u0001", false)).hasValue("contains a control character (U+0001) at character 6; remove it");
        for (String bad : List.of("\u0000", "\u0008", "\u001b", "\u001f", "\u007f", "\u0085", "\u009f", "\ud800", "a\udc00b", "\ufffe", "\uffff")) {
            assertThat(PlainText.problem("x" + bad, false)).as(bad.codePoints().mapToObj(Integer::toHexString).toList().toString()).isPresent();
        }
    }

    @Test
    void singleLinesRefuseLineBreaksAndTabs() {
        assertThat(PlainText.problem("Room 1\r\nCivic Centre", true)).hasValue("must be a single line: remove the line break at character 7");
        assertThat(PlainText.problem("Room\t1", true)).hasValue("must be a single line: remove the tab at character 5");
        assertThat(PlainText.problem("Room 1", true)).isEmpty();
    }

    @Test
    void textForXmlLosesOnlyWhatXmlCannotCarry() {
        assertThat(PlainText.forXml("Feed\u0001 board\u0000\ud800 – ok\nnext")).isEqualTo("Feed board – ok\nnext");
        assertThat(PlainText.forXml("Emoji 😀 stays")).isEqualTo("Emoji 😀 stays");
        assertThat(PlainText.forXml(null)).isNull();
    }

    record Sections(String summary, List<String> recommendations) {
    }

    record Paper(@SingleLine String title, String notes, List<@SingleLine String> papers, Sections sections) {
    }

    @Test
    void textFieldsAreNamedByTheirPath() {
        Paper paper = new Paper("Two\nlines", "Fine\nover lines", List.of("ok", "bad\u0002"),
                new Sections("<p>\u0007</p>", List.of("fine", "esc\u001b")));
        assertThat(TextFields.problems(paper)).extracting(FieldError::field)
                .containsExactly("title", "papers[1]", "sections.summary", "sections.recommendations[1]");
        assertThat(TextFields.problems(new Paper("One line", "a\tb", List.of(), null))).isEmpty();
    }
}

package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** SEF and update text is stored plain: markup and script never come back. */
class PlainTextTest {

    @Test
    void scriptIsRemovedWithItsContent() {
        assertThat(PlainText.line("Early help <script>alert('x')</script>offer")).isEqualTo("Early help offer");
        assertThat(PlainText.line("<img src=x onerror=alert(1)>Roadmaps")).isEqualTo("Roadmaps");
    }

    @Test
    void escapedScriptCannotTurnIntoLiveScript() {
        assertThat(PlainText.line("&lt;script&gt;alert(1)&lt;/script&gt;Portal")).isEqualTo("Portal");
        assertThat(PlainText.line("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;")).doesNotContain("<script").doesNotContain("alert(1)</");
    }

    @Test
    void formattingIsDroppedAndTextKept() {
        assertThat(PlainText.line("<p>SEND <b>Champions</b> &amp; the Local Offer</p>")).isEqualTo("SEND Champions & the Local Offer");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "Persistent absence 33.4% < 35% target; EHCP issued in 20 weeks (5%) – \"Pier into Southend\"";
        assertThat(PlainText.line(text)).isEqualTo(text);
    }

    @Test
    void whiteSpaceAndControlCharactersAreTidied() {
        assertThat(PlainText.line("  Short\tbreaks\u0007 offer \n review ")).isEqualTo("Short breaks offer review");
        assertThat(PlainText.line(null)).isEmpty();
    }

    @Test
    void blankLinesAreDroppedAndParagraphsKept() {
        assertThat(PlainText.lines(Arrays.asList("One", " ", null, "<br>", "Two"))).containsExactly("One", "Two");
        assertThat(PlainText.paragraphs("First <i>para</i>\ngraph.\n\n\n Second. ")).isEqualTo("First para graph.\n\nSecond.");
        assertThat(PlainText.paragraphs(" <script>x</script> ")).isNull();
    }
}

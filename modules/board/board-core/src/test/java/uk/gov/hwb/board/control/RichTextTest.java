package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void removesScriptsEventHandlersAndDangerousLinks() {
        String clean = RichText.sanitise("<p onclick=\"steal()\">Budget <script>alert('x')</script><b>agreed</b></p>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">click</a><iframe src=\"https://evil\"></iframe>"
                + "<style>p{}</style><a href=\"https://www.southend.gov.uk\">site</a>");
        assertThat(clean).doesNotContainIgnoringCase("script").doesNotContain("onclick").doesNotContain("onerror")
                .doesNotContain("javascript:").doesNotContain("iframe").doesNotContain("<img").doesNotContain("<style")
                .contains("<p>Budget <b>agreed</b></p>")
                .contains("<a href=\"https://www.southend.gov.uk\" rel=\"nofollow\">site</a>");
    }

    @Test
    void keepsTheStructureReportsNeed() {
        String html = "<p>Text</p><ul><li>one</li></ul><table><thead><tr><th scope=\"col\">Source</th></tr></thead>"
                + "<tbody><tr><td>DFG</td></tr></tbody></table><h3>Heading</h3>";
        assertThat(RichText.sanitise(html)).isEqualTo(html);
    }

    @Test
    void nothingReadableIsNull() {
        assertThat(RichText.sanitise("  ")).isNull();
        assertThat(RichText.sanitise("<script>alert(1)</script>")).isNull();
        assertThat(RichText.sanitise(null)).isNull();
    }
}

package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.api.NumberedSection;
import uk.gov.hwb.board.api.ReportSections;

class ReportLayoutTest {

    @Test
    void numbersParagraphsWithinEachSectionAndLeavesListsToTheParagraphBefore() {
        ReportSections sections = new ReportSections("<p>To update the Board.</p>", List.of("To note progress", "To agree the SEF"),
                "<p>The inspection is joint.</p><p>There are 3 outcomes:</p><ol><li>positive</li></ol><p>Southend was 4th.</p>",
                null, null, null, null, null, null, null, null);
        List<AppendixDto> appendices = List.of(new AppendixDto(1L, 1L, 1, "Action plan", "plan.pdf", 10L, "ab", 3, null, null, "author",
                OffsetDateTime.now()));

        List<NumberedSection> layout = ReportLayout.sections(sections, appendices);

        assertThat(layout).hasSize(12);
        assertThat(layout.get(0).heading()).isEqualTo("Executive Summary");
        assertThat(layout.get(0).paragraphs()).extracting(NumberedSection.Paragraph::number).containsExactly("1.1");
        assertThat(layout.get(1).paragraphs()).extracting(NumberedSection.Paragraph::number).containsExactly("2.1", "2.2");
        assertThat(layout.get(2).paragraphs()).extracting(NumberedSection.Paragraph::number).containsExactly("3.1", "3.2", null, "3.3");
        assertThat(layout.get(3).paragraphs()).isEmpty();
        assertThat(layout.get(11).paragraphs()).singleElement()
                .satisfies(p -> assertThat(p.html()).isEqualTo("Appendix 1 – Action plan"));
    }

    @Test
    void plainTextIsEscapedAndNumbered() {
        assertThat(ReportLayout.paragraphs(5, "N/A <b>x</b>"))
                .extracting(NumberedSection.Paragraph::number, NumberedSection.Paragraph::html)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5.1", "N/A"), org.assertj.core.groups.Tuple.tuple("5.2", "<b>x</b>"));
    }
}

package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.platform.problem.FieldError;

class AgendaRulesTest {

    @Test
    void partTwoNeedsAParagraphFromOneToSeven() {
        assertThat(AgendaRules.problems(Part.PART_2, null, false, null)).extracting(FieldError::field).containsExactly("exemptParagraph");
        assertThat(AgendaRules.problems(Part.PART_2, 8, false, null)).extracting(FieldError::field).containsExactly("exemptParagraph");
        assertThat(AgendaRules.problems(Part.PART_2, 3, false, null)).isEmpty();
        assertThat(AgendaRules.problems(Part.PART_1, 3, false, null)).extracting(FieldError::field).containsExactly("exemptParagraph");
    }

    @Test
    void lateItemsNeedAReasonForUrgency() {
        assertThat(AgendaRules.problems(Part.PART_1, null, true, " ")).extracting(FieldError::field).containsExactly("urgencyReason");
        assertThat(AgendaRules.problems(Part.PART_1, null, true, "Figures released after the deadline")).isEmpty();
    }

    @Test
    void itemsAreLateOnlyAfterThePublicationDeadline() {
        LocalDate publishBy = LocalDate.of(2024, 12, 2);
        assertThat(AgendaRules.isLate(publishBy, publishBy)).isFalse();
        assertThat(AgendaRules.isLate(publishBy.plusDays(1), publishBy)).isTrue();
    }

    @Test
    void labelsReadAsOnThePrintedAgenda() {
        assertThat(AgendaRules.startTimeLabel(LocalTime.of(18, 5))).isEqualTo("(18.05)");
        assertThat(AgendaRules.exemptionLabel(Part.PART_2, 3)).isEqualTo("Exempt – paragraph 3");
        assertThat(AgendaRules.exemptionLabel(Part.PART_1, null)).isNull();
    }
}

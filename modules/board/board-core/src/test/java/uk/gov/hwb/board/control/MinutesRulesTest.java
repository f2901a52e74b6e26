package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Minutes' wording (Local Government Act 1972, ss.100A(4), 100B(4)(b), 100C(2)). */
class MinutesRulesTest {

    @Test
    void resolutionsAreWordedThatAndPrintedResolved() {
        assertThat(MinutesRules.resolution("Resolved: That progress be noted.")).contains("That progress be noted.");
        assertThat(MinutesRules.resolution("  that the SEF be agreed. ")).contains("That the SEF be agreed.");
        assertThat(MinutesRules.resolution("Noted.")).isEmpty();
        assertThat(MinutesRules.resolution("Thatcher")).isEmpty();
        assertThat(MinutesRules.display("That progress be noted.")).isEqualTo("Resolved: That progress be noted.");
    }

    @Test
    void thePublicAreExcludedNamingTheParagraphsOfSchedule12A() {
        assertThat(MinutesRules.exclusionResolution(List.of(), List.of())).isNull();
        assertThat(MinutesRules.exclusionResolution(List.of(11), List.of(3))).isEqualTo("Resolved: That, under section 100A(4) of the Local"
                + " Government Act 1972, the public be excluded from the meeting for item 11 on the grounds that it involves the likely"
                + " disclosure of exempt information as defined in Paragraph 3 of Part 1 of Schedule 12A to the Act.");
        assertThat(MinutesRules.exclusionResolution(List.of(11, 12, 13), List.of(3, 1, 3)))
                .contains("for items 11, 12 and 13 on the grounds that they involve").contains("Paragraphs 1 and 3 of Part 1 of Schedule 12A");
    }

    @Test
    void lateItemsMinuteTheirSpecialCircumstances() {
        assertThat(MinutesRules.specialCircumstances("The figures came after the deadline."))
                .contains("section 100B(4)(b)").endsWith("The figures came after the deadline.");
    }

    @Test
    void confidentialBusinessNeedsAPublicSummary() {
        assertThat(MinutesRules.publicSummaryProblem(true, true, null)).get().asString().contains("s.100C(2)");
        assertThat(MinutesRules.publicSummaryProblem(true, true, "The Board agreed the award of a contract.")).isEmpty();
        assertThat(MinutesRules.publicSummaryProblem(true, false, null)).isEmpty();
        assertThat(MinutesRules.publicSummaryProblem(false, true, "summary")).isPresent();
    }
}

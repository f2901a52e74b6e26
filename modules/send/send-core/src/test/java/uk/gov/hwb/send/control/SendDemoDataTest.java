package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.send.api.SefAreaContent;
import uk.gov.hwb.send.api.SefContent;
import uk.gov.hwb.send.api.SefPriorityContent;

/** The demo SEF is the seed's of 10 October 2024: 14 key issues, the framework's 11 evaluation areas, Part C under the 6 recommendations. */
class SendDemoDataTest {

    @Test
    void theDemoSefHoldsTheSeedsContent() {
        SefContent sef = SendDemoData.content(0);
        assertThat(sef.date()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(sef.keyIssues()).hasSize(14).contains("Just over a third of EHC plans were reviewed within 12 months of the last review.");
        assertThat(sef.areas()).extracting(SefAreaContent::title).containsExactlyElementsOf(SefFramework.AREAS);
        for (SefAreaContent area : sef.areas()) {
            assertThat(area.doWell()).as(area.title()).isNotEmpty();
            assertThat(area.impact()).as(area.title()).isNotEmpty();
            assertThat(area.improve()).as(area.title()).isNotEmpty();
        }
        assertThat(sef.areas().get(0).doWell().get(0)).startsWith("The multi-agency core referral team (MACRT) is well established");
        assertThat(sef.areas().get(0).improve()).contains("Undertake EHC needs assessment within statutory timescales.");
        assertThat(sef.priorities()).extracting(SefPriorityContent::recommendation).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(sef.priorities().get(3).items()).anyMatch(p -> p.startsWith("Complete the Joint Strategic Needs Assessment"));
        assertThat(sef.context()).contains("became a city in 2022").doesNotContain("**");
        assertThat(SendDemoData.RECOMMENDATIONS).hasSize(6);
    }
}

package uk.gov.hwb.strategies.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.reports.PdfRenderer;
import uk.gov.hwb.strategies.api.AnnualReportDto;
import uk.gov.hwb.strategies.api.KeyImpactDto;
import uk.gov.hwb.strategies.api.PrioritySummaryDto;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.SlippageDto;
import uk.gov.hwb.strategies.api.StatusMixDto;

/**
 * The summary printed as seed 003 lays it out (the overall shares, the comparison with the previous
 * period and the difference in points, then each ambition), as a tagged PDF whose tables are tables;
 * and the annual report per strategy and priority.
 */
class SummaryLayoutTest {

    private static final List<ProgressStatus> HWB = Inputs.DEFAULT_STATUSES;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static StatusMixDto mix(int onCourse, int slippage, int atRisk, int underReview) {
        List<Long> ids = new ArrayList<>();
        Map<Long, ProgressStatus> statuses = new java.util.HashMap<>();
        int[] counts = {onCourse, slippage, atRisk, underReview};
        for (int s = 0; s < 4; s++) {
            for (int i = 0; i < counts[s]; i++) {
                long id = ids.size() + 1L;
                ids.add(id);
                statuses.put(id, HWB.get(s));
            }
        }
        return ProgressSummary.mix(HWB, ids, statuses);
    }

    static ProgressSummaryDto november() {
        StatusMixDto overall = ProgressSummary.withChanges(mix(85, 6, 1, 14), mix(79, 5, 0, 22));
        StatusMixDto healthy = mix(11, 1, 0, 0);
        PrioritySummaryDto ambition2 = new PrioritySummaryDto(2, 2, "Promoting healthy lifestyles", healthy.total(), healthy.counts(), healthy.shares(),
                Map.of(), List.of(new KeyImpactDto(1, "2.2A", "Increasing physical activity", "Attendance increased by 6.4%")),
                List.of(new SlippageDto(2, "2.1F", "Review the signage for the voluntary code", ProgressStatus.SOME_SLIPPAGE,
                        "Appropriate signage in place", null, "We do not currently have any budget available for the replacement of play area signs.")));
        return new ProgressSummaryDto(1, "Southend Health and Wellbeing Strategy", 2, "November 2013", 3L, "September 2013",
                ProgressSummary.columns(HWB), List.of(ambition2), overall, mix(79, 5, 0, 22), false, false, null, 0);
    }

    @Test
    void theSummaryPrintsTheSeedsFiguresInTaggedTables() throws Exception {
        byte[] pdf = new PdfRenderer().render(SummaryLayout.rendering(november()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Southend Health and Wellbeing Strategy: progress summary, November 2013")
                    .contains("Overall total, November 2013 80.2% 5.7% 0.9% 13.2% 0.0%")
                    .contains("Comparison to September 2013 74.5% 4.7% 0.0% 20.8% 0.0%")
                    .contains("+5.7 +1.0 +0.9 -7.6 0.0")
                    .contains("12 actions: 11 On course (91.7%), 1 Some slippage (8.3%).")
                    .contains("2.1F Review the signage for the voluntary code (Some slippage)")
                    .contains("What are we doing to address this? We do not currently have any budget");
            List<String> tags = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), tags);
            assertThat(tags).contains("Table", "TR", "TH", "TD", "H1", "H2");
            assertThat(tags.stream().filter("Table"::equals).count()).as("the overall table and the table by priority").isEqualTo(2);
        }
    }

    @Test
    void aPriorityIsSummedUpInOneSentence() {
        StatusMixDto m = mix(30, 0, 0, 4);
        PrioritySummaryDto p = new PrioritySummaryDto(1, 1, "A positive start in life", m.total(), m.counts(), m.shares(), Map.of(), List.of(), List.of());
        assertThat(SummaryLayout.sentence(p, ProgressSummary.columns(HWB))).isEqualTo("34 actions: 30 On course (88.2%), 4 Under review (11.8%).");
    }

    @Test
    void theAnnualReportHasEachStrategyPriorityAndTheYearAhead() throws Exception {
        AnnualReportDto report = new AnnualReportDto("Strategies Annual Report April 2023 – March 2024", "2023-24", "April 2023 – March 2024", List.of(
                new AnnualReportDto.Part(1, "Caring Well", "Unpaid carers.", List.of(new AnnualReportDto.Section(1, "Identifying, respecting and valuing carers",
                        List.of(new AnnualReportDto.Achievement("1.1", "Increasing the number of registered carers", "2023-24 (year 2)", "On course",
                                "There has been an increase from 1,442 to 1,755 registered with Carers First.", true)),
                        "Carer registration will further develop in the next year."))),
                new AnnualReportDto.Part(2, "Living Well", null, List.of(new AnnualReportDto.Section(1, "Health and Wellbeing", List.of(), null)))));
        byte[] pdf = new PdfRenderer().render(AnnualReportLayout.rendering(report));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Strategies Annual Report April 2023 – March 2024").contains("Caring Well / Living Well")
                    .contains("1. Identifying, respecting and valuing carers").contains("1.1 Increasing the number of registered carers (On course, key impact)")
                    .contains("from 1,442 to 1,755").contains("Focus for the year ahead Carer registration will further develop")
                    .contains("No updates were recorded for this priority in April 2023 – March 2024.").contains("Not yet written.");
        }
    }

    private static void collect(List<Object> kids, List<String> tags) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                collect(element.getKids(), tags);
            }
        }
    }
}

package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import uk.gov.hwb.platform.measures.MeasureStatus;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.reports.PdfRenderer;
import uk.gov.hwb.reports.Rendering;
import uk.gov.hwb.send.api.AnnualUpdateDto;
import uk.gov.hwb.send.api.AnnualUpdateEntryDto;
import uk.gov.hwb.send.api.AnswerRef;
import uk.gov.hwb.send.api.InspectionDto;
import uk.gov.hwb.send.api.InspectionFramework;
import uk.gov.hwb.send.api.InspectionOutcome;
import uk.gov.hwb.send.api.Inspectorate;
import uk.gov.hwb.send.api.MetricDto;
import uk.gov.hwb.send.api.MetricPeriodType;
import uk.gov.hwb.send.api.MetricValueDto;
import uk.gov.hwb.send.api.SefAreaContent;
import uk.gov.hwb.send.api.SefAreaDto;
import uk.gov.hwb.send.api.SefContent;
import uk.gov.hwb.send.api.SefDto;
import uk.gov.hwb.send.api.SefEntryDto;
import uk.gov.hwb.send.api.SefPriorityDto;
import uk.gov.hwb.send.api.SefSection;
import uk.gov.hwb.send.api.SefStatus;
import uk.gov.hwb.send.api.Trend;

/**
 * The module's papers at full size (the demo SEF of 10 October 2024 is some 20 pages): tagged PDF
 * that passes veraPDF's PDF/UA-1 checks with 0 failed rules, and prints what the data says.
 */
class SendPapersTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    @BeforeAll
    static void foundry() {
        System.setProperty("java.awt.headless", "true");
        VeraGreenfieldFoundryProvider.initialise();
    }

    static SefDto demoSef() {
        SefContent content = SendDemoData.content(0);
        List<SefAreaDto> areas = new ArrayList<>();
        List<SefEntryDto> entries = new ArrayList<>();
        for (int i = 0; i < content.keyIssues().size(); i++) {
            boolean answered = i == 2;
            entries.add(new SefEntryDto("k" + i, SefSection.KEY_ISSUE, null, null, i + 1, content.keyIssues().get(i),
                    answered ? List.of(new AnswerRef(7, "3.1 Reorganise the SEND Assessment and Review Service (At risk)")) : List.of(),
                    List.of(), answered));
        }
        for (int i = 0; i < content.areas().size(); i++) {
            SefAreaContent a = content.areas().get(i);
            areas.add(new SefAreaDto(i + 1, a.title(), a.doWell(), a.impact(), a.improve()));
            for (int j = 0; j < a.improve().size(); j++) {
                entries.add(new SefEntryDto("a" + i + "-" + j, SefSection.IMPROVE, i + 1, a.title(), j + 1, a.improve().get(j), List.of(),
                        List.of(), false));
            }
        }
        List<SefPriorityDto> priorities = content.priorities().stream()
                .map(p -> new SefPriorityDto(p.recommendation(), SendDemoData.RECOMMENDATIONS.get(p.recommendation() - 1), p.items())).toList();
        return new SefDto(1, content.date(), SefStatus.AGREED, 3, LocalDate.of(2024, 12, 10), null, "sendlead", null, content.context(),
                content.keyIssues(), areas, priorities, entries, (int) entries.stream().filter(e -> !e.answered()).count());
    }

    @Test
    void theDemoSefIsAnAccessiblePdfThatShowsWhatNothingAnswersYet() throws Exception {
        SefDto sef = demoSef();
        Rendering rendering = SendPapers.sef(sef, "Southend SEND Area Partnership", "Southend-on-Sea City Council");
        byte[] pdf = kept("sef.pdf", RENDERER.render(rendering));
        assertThat(failedRules(pdf)).isEmpty();
        String text = text(pdf);
        assertThat(text).contains("Version 1, dated 10 October 2024. Agreed on 10 December 2024.")
                .contains("We know that the short breaks offer is underdeveloped")
                .contains("Answered by action 3.1 Reorganise the SEND Assessment and Review Service (At risk).")
                .contains("Not yet answered by any action or metric.")
                .contains("11. Leaders create an environment in which effective practice")
                .contains("Recommendation 6")
                .contains("Complete the Joint Strategic Needs Assessment");
        assertThat(rendering.title()).isEqualTo("SEND Self Evaluation Framework, version 1 (10 October 2024)");
    }

    @Test
    void theAnnualUpdateReadsLikeTheLeaflet() throws Exception {
        InspectionDto inspection = new InspectionDto(1, List.of(Inspectorate.OFSTED, Inspectorate.CQC), "Ofsted and Care Quality Commission (CQC)",
                InspectionFramework.AREA_SEND_2023, InspectionFramework.AREA_SEND_2023.label(), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 10),
                LocalDate.of(2023, 6, 9), InspectionOutcome.INCONSISTENT, 2, InspectionOutcome.INCONSISTENT.label(), LocalDate.of(2026, 6, 9), null,
                "Full inspection expected by 9 June 2026 (within about 3 years of publication).", LocalDate.of(2023, 7, 9), 6, 0);
        AnnualUpdateDto update = new AnnualUpdateDto("2023-24", "2023/24", "2024/25", List.of(
                new AnnualUpdateEntryDto(4, 4, SendDemoData.RECOMMENDATIONS.get(3), "Joint data dashboards.",
                        List.of("The co-production of a SEND Joint Strategic Needs Assessment is almost complete."),
                        "There is greater understanding across the Partnership.", "To create an Area Partnership Outcomes Framework.", 0L),
                new AnnualUpdateEntryDto(5, 5, SendDemoData.RECOMMENDATIONS.get(4), null, List.of(), null, null, null)));
        byte[] pdf = kept("annual-update.pdf", RENDERER.render(SendPapers.annualUpdate(update, inspection, "Southend SEND Area Partnership", "Southend-on-Sea City Council")));
        assertThat(failedRules(pdf)).isEmpty();
        assertThat(text(pdf)).contains("In March 2023 the local area partnership was subject to an area SEND inspection by Ofsted and Care Quality"
                        + " Commission (CQC)").contains("“The local area partnership's arrangements lead to inconsistent")
                .contains("Recommendation: 4").contains("What we wanted: Joint data dashboards.").contains("Priority 2024/25: To create")
                .contains("Full inspection expected by 9 June 2026").doesNotContain("Recommendation: 5");
    }

    @Test
    void theMetricsSummaryStatesEachJudgementInTheUnit() throws Exception {
        MetricValueDto absence = new MetricValueDto("2022-23", "2022/23", LocalDate.of(2023, 8, 31), new BigDecimal("33.4"), "33.4%",
                new BigDecimal("32.3"), "32.3%", null, null, MeasureStatus.WORSE, MeasureStatus.WORSE.label(), new BigDecimal("-1.1"),
                "Worse than the comparator: 33.4%, 1.1 points above 32.3%.", null, null, 0);
        List<MetricDto> metrics = List.of(new MetricDto(1, "Persistent absence of pupils with SEND", null, MeasureUnit.PERCENT,
                Polarity.LOWER_IS_BETTER, Polarity.LOWER_IS_BETTER.label(), new BigDecimal("0.5"), MetricPeriodType.ACADEMIC_YEAR, "England", null,
                List.of(absence), absence, Trend.NOT_ENOUGH_DATA, "Only one period so far.", 0),
                new MetricDto(2, "EHC plan annual reviews within 12 months", null, MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, null,
                        BigDecimal.ONE, MetricPeriodType.MONTH, "England", null, List.of(), null, Trend.NOT_ENOUGH_DATA, "No figures yet.", 0));
        byte[] pdf = kept("metrics.pdf", RENDERER.render(SendPapers.metrics(metrics, LocalDate.of(2024, 12, 10), "Southend SEND Area Partnership", "Southend-on-Sea City Council")));
        assertThat(failedRules(pdf)).isEmpty();
        assertThat(text(pdf)).contains("Worse than the comparator: 33.4%, 1.1 points above 32.3%.").contains("32.3% (England)")
                .contains("No data for this metric yet.").contains("As at 10 December 2024");
    }

    /** Keeps the rendered papers in target/send-papers for people to look at. */
    static byte[] kept(String name, byte[] pdf) throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "send-papers");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve(name), pdf);
        return pdf;
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static Set<String> failedRules(byte[] pdf) throws Exception {
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
        }
    }
}

package uk.gov.hwb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks the generated front sheet and report against PDF/UA-1 with veraPDF. The number of
 * failed rules may not rise above the figure documented in the README (aim: 0).
 */
class PdfUaTest {

    /** Failed PDF/UA-1 rules allowed per document; the README lists them. Lower these as rules are fixed; never raise them. */
    static final int FRONT_SHEET_LIMIT = 0;
    static final int REPORT_LIMIT = 0;

    @BeforeAll
    static void foundry() {
        VeraGreenfieldFoundryProvider.initialise();
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

    @Test
    void theFrontSheetMeetsPdfUaWithinTheDocumentedLimit() throws Exception {
        Set<String> failed = failedRules(Documents.frontSheet(DocumentsTest.SUPPLEMENTARY, Map.of(7, new PageRange(7, 3, 60))));
        System.out.println("PDF/UA-1 rules failed by the front sheet: " + failed.size() + "\n  " + String.join("\n  ", failed));
        assertThat(failed.size()).as(failed.toString()).isLessThanOrEqualTo(FRONT_SHEET_LIMIT);
    }

    @Test
    void theReportMeetsPdfUaWithinTheDocumentedLimit() throws Exception {
        Set<String> failed = failedRules(Documents.report(PackBenchmark.report("SEND and Strategic Action Plan Update", 1, 1)));
        System.out.println("PDF/UA-1 rules failed by the report: " + failed.size() + "\n  " + String.join("\n  ", failed));
        assertThat(failed.size()).as(failed.toString()).isLessThanOrEqualTo(REPORT_LIMIT);
    }
}

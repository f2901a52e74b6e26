package uk.gov.hwb.strategies.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.period.FinancialYear;

/** A board report whose text disagrees with its generated appendix gets a sentence saying where. */
class DocumentContradictionsTest {

    @Test
    void aReportQuotingOtherSharesOrAnotherPeriodIsTold() {
        var summary = SummaryLayoutTest.november();
        List<String> periods = List.of("July 2013", "September 2013", "November 2013");
        assertThat(ProgressSummaryDocument.contradictions(summary, periods, "In November 2013 80.2% of actions were on course.")).isEmpty();
        assertThat(ProgressSummaryDocument.contradictions(summary, periods, "Actions On course up by 5.7%, Some slippage up by 1%.")).isEmpty();
        assertThat(ProgressSummaryDocument.contradictions(summary, periods, "By July 2013, 78% on course and under review stands at 13.2%."))
                .containsExactly("The report names July 2013, but the appendix is the progress summary for November 2013.",
                        "The report says 78% on course; the summary for November 2013 gives 80.2%.");
    }

    @Test
    void anAnnualReportAppendixForAnotherYearThanTheReportNames() {
        FinancialYear year = FinancialYear.parse("2023-24");
        assertThat(AnnualReportDocument.contradictions(year, "The Adult Social Care Strategies Annual Report for 2023/24, strategies 2022-27")).isEmpty();
        assertThat(AnnualReportDocument.contradictions(year, "The annual report for 2024/25."))
                .containsExactly("The report speaks of 2024/25, but the appendix is the annual report for 2023/24.");
    }
}

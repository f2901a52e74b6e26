package uk.gov.hwb.bcf.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.Measure;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/** Seed 002's item 10 and its appendix: the slips the check exists to catch, and the statements it must leave alone. */
class ConsistencyCheckTest {

    /** The report's title and executive summary as printed in seed 002. */
    static final String ITEM_10 = "<p>FOR INFORMATION ONLY: 2024/25 Better Care Fund Quarter 2 Submission</p>"
            + "<p>This report provides an overview of the Better Care Fund and details of the 2024/25 Quarter 2 submission.</p>"
            + "<p>An expenditure plan, confirms the financial overview for Southend-on-Sea in respect of the period 2023 – 2025.</p>";

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static ConsistencyCheck.Judged judged(String name, Measure measure, String target, String q1, String q2, int quarter) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        if (q1 != null) {
            values.put(1, n(q1));
        }
        if (q2 != null) {
            values.put(2, n(q2));
        }
        MetricAssessments.Latest latest = MetricAssessments.latest(measure, n(target), values, 2023, quarter);
        return new ConsistencyCheck.Judged(name, latest.period(), latest.assessment());
    }

    private static final Measure PERCENT_UP = new Measure(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.AS_IS);
    private static final Measure RATE_DOWN = new Measure(MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.AS_IS);
    private static final Measure FALLS = new Measure(MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.ANNUAL_PROJECTION);

    @Test
    void aReportNaming2024To25CarryingThe2023To24AppendixIsWarned() {
        List<String> found = ConsistencyCheck.periods(ITEM_10, 2023, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("The text names 2024/25, but its Better Care Fund appendix is the Quarter 2 2023/24 update");
    }

    @Test
    void aReportNamingTheAppendixsOwnYearAndQuarterIsNot() {
        String matching = ITEM_10.replace("2024/25", "2023/24");
        assertThat(ConsistencyCheck.periods(matching, 2023, 2)).isEmpty();
        assertThat(ConsistencyCheck.periods("The 2023-24 Q2 return, compared with 2022/23.", 2023, 2)).as("another year beside its own").isEmpty();
        assertThat(ConsistencyCheck.periods("The plan for 2023 – 2025.", 2023, 2)).as("a span of years is no financial year").isEmpty();
    }

    @Test
    void anotherQuarterIsWarnedToo() {
        assertThat(ConsistencyCheck.periods("Details of the 2023/24 Quarter 3 submission.", 2023, 2))
                .containsExactly("The text names Quarter 3, but its Better Care Fund appendix is the Quarter 2 2023/24 update.");
        assertThat(ConsistencyCheck.periods("Details of the 2023/24 Q2 submission.", 2023, 2)).isEmpty();
    }

    @Test
    void reablementBelowTargetBy24PercentWhereTheGapIs14PointsIsFlagged() {
        String commentary = "The aim of this metrics is to maximise. However, the latest quarter figures are below target by 2.4%. SEDs"
                + " contributes significantly for this as it helps people stay at home along with reablement offer.";
        String warning = ConsistencyCheck.commentary(commentary, judged("Reablement", PERCENT_UP, "80", "74.5", "78.6", 2));
        assertThat(warning).isEqualTo("The commentary says \"below target by 2.4%\", but for Q2 2023/24 the figures give:"
                + " Off track: 1.4 points below the target of 80%.");
    }

    @Test
    void theRightSizeInPointsOrAsAShareOfTheTargetIsNotFlagged() {
        ConsistencyCheck.Judged reablement = judged("Reablement", PERCENT_UP, "80", "74.5", "78.6", 2);
        assertThat(ConsistencyCheck.commentary("Figures are below target by 1.4 points.", reablement)).isNull();
        assertThat(ConsistencyCheck.commentary("Figures are below target by 1.4%.", reablement)).isNull();
        assertThat(ConsistencyCheck.commentary("Figures are 1.8% below the target.", reablement)).as("1.4 of 80 is 1.75%").isNull();
        assertThat(ConsistencyCheck.commentary("Figures are 2 points below target.", reablement)).isNotNull();
        assertThat(ConsistencyCheck.commentary("We are off track this quarter.", reablement)).isNull();
        assertThat(ConsistencyCheck.commentary("We are on track this quarter.", reablement)).contains("\"on track\"");
        assertThat(ConsistencyCheck.commentary("Figures are above target.", reablement)).contains("\"above target\"");
    }

    @Test
    void residentialAdmissionsOfExactly549CalledBelowTargetAreFlagged() {
        String commentary = "The aim of this measure is to minimise, and this quarter's figures are below target. SEDs contributes significantly.";
        String warning = ConsistencyCheck.commentary(commentary, judged("Residential admissions", RATE_DOWN, "549", "549", null, 2));
        assertThat(warning).isEqualTo("The commentary says \"below target\", but for Q1 2023/24 the figures give: On track: on the target of"
                + " 549 per 100,000.");
        assertThat(ConsistencyCheck.commentary("This quarter's figures are on target.", judged("Residential admissions", RATE_DOWN, "549", "549",
                null, 2))).isNull();
    }

    @Test
    void fallsAboveTargetOnTheProjectionIsTrueAndCommentaryWithoutClaimsPasses() {
        ConsistencyCheck.Judged falls = judged("Falls", FALLS, "2100", "627.9", null, 2);
        assertThat(ConsistencyCheck.commentary("Falls Metric is above target.", falls)).isNull();
        assertThat(ConsistencyCheck.commentary("We anticipate the figure will continue to rise during the winter months.", falls)).isNull();
        assertThat(ConsistencyCheck.commentary("Falls are below target.", falls)).isNotNull();
        assertThat(ConsistencyCheck.commentary(null, falls)).isNull();
    }

    @Test
    void aReportsOwnStatementAboutANamedMetricIsCheckedToo() {
        List<ConsistencyCheck.Judged> metrics = List.of(judged("Reablement", PERCENT_UP, "80", "74.5", "78.6", 2),
                judged("Falls", FALLS, "2100", "627.9", null, 2));
        List<String> found = ConsistencyCheck.claims("<p>Reablement is below target by 2.4%.</p><p>Falls Metric is above target.</p>", metrics);
        assertThat(found).containsExactly("The text says Reablement is \"below target by 2.4%\", but for Q2 2023/24 the figures give:"
                + " Off track: 1.4 points below the target of 80%.");
        assertThat(ConsistencyCheck.claims("The funding is below target by 2.4%.", metrics)).as("no metric named").isEmpty();
    }
}

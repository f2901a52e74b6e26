package uk.gov.hwb.bcf.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.Measure;
import uk.gov.hwb.platform.measures.MeasureStatus;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/** Seed 002's five national metrics, Q1 and Q2 2023-24, judged through the kernel's measures rule. */
class MetricAssessmentsTest {

    private static final Measure REABLEMENT = new Measure(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.AS_IS);
    private static final Measure DISCHARGE = new Measure(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.AS_IS);
    private static final Measure RESIDENTIAL = new Measure(MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.AS_IS);
    private static final Measure AVOIDABLE = new Measure(MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.AS_IS);
    private static final Measure FALLS = new Measure(MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.ANNUAL_PROJECTION);

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static Map<Integer, BigDecimal> quarters(String q1, String q2) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        if (q1 != null) {
            values.put(1, n(q1));
        }
        if (q2 != null) {
            values.put(2, n(q2));
        }
        return values;
    }

    @Test
    void reablementAt786AgainstEightyIsOffTrackByOnePointFour() {
        Assessment a = MetricAssessments.assess(REABLEMENT, n("80.0000"), quarters("74.5", "78.6"), 2);
        assertThat(a.status()).isEqualTo(MeasureStatus.OFF_TRACK);
        assertThat(a.gap()).isEqualByComparingTo("-1.4");
        assertThat(a.sentence()).isEqualTo("Off track: 1.4 points below the target of 80%.");
    }

    @Test
    void residentialAdmissionsOnTheTargetExactlyIsOnTrackAndItsBlankQ2IsNoData() {
        Assessment q1 = MetricAssessments.assess(RESIDENTIAL, n("549"), quarters("549", null), 1);
        assertThat(q1.status()).isEqualTo(MeasureStatus.ON_TRACK);
        assertThat(q1.gap()).isEqualByComparingTo("0");
        Assessment q2 = MetricAssessments.assess(RESIDENTIAL, n("549"), quarters("549", null), 2);
        assertThat(q2.status()).as("a blank quarter is no data, never zero").isEqualTo(MeasureStatus.NO_DATA);
        assertThat(q2.value()).isNull();
    }

    @Test
    void fallsProjectTheFirstQuarterToTheYear() {
        Assessment a = MetricAssessments.assess(FALLS, n("2100"), quarters("627.9", null), 1);
        assertThat(a.value()).as("projected").isEqualByComparingTo("2511.6");
        assertThat(a.status()).isEqualTo(MeasureStatus.OFF_TRACK);
        assertThat(a.gap()).isEqualByComparingTo("-411.6");
        assertThat(MetricAssessments.assess(FALLS, n("2100"), quarters("627.9", null), 2).status()).isEqualTo(MeasureStatus.NO_DATA);
    }

    @Test
    void avoidableAdmissionsAboveTheirTargetAreOffTrackByNinePointSeven() {
        Assessment a = MetricAssessments.assess(AVOIDABLE, n("243.3"), quarters("253", "253"), 2);
        assertThat(a.status()).isEqualTo(MeasureStatus.OFF_TRACK);
        assertThat(a.gap()).isEqualByComparingTo("-9.7");
        assertThat(MetricAssessments.assess(DISCHARGE, n("95.47"), quarters("94.9", "94.9"), 2).gap()).isEqualByComparingTo("-0.57");
    }

    @Test
    void aStatementAboutAQuarterWithoutAFigureIsCheckedAgainstTheLatestFigure() {
        MetricAssessments.Latest latest = MetricAssessments.latest(RESIDENTIAL, n("549"), quarters("549", null), 2023, 2);
        assertThat(latest.period()).isEqualTo("Q1 2023/24");
        assertThat(latest.assessment().status()).isEqualTo(MeasureStatus.ON_TRACK);
        assertThat(MetricAssessments.latest(RESIDENTIAL, n("549"), quarters(null, null), 2023, 2)).isNull();
    }

    @Test
    void aYearWithoutATargetIsNotJudged() {
        assertThat(MetricAssessments.assess(REABLEMENT, null, quarters("80", null), 1).status()).isEqualTo(MeasureStatus.NO_TARGET);
    }
}

package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.Measure;
import uk.gov.hwb.platform.measures.MeasureStatus;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.send.api.Trend;

/** SEND metrics against their comparators by polarity, with the SEF's figures (seed 002, item 7, appendix 3). */
class MetricJudgementTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private final Measure absence = MetricJudgement.measure(MeasureUnit.PERCENT, Polarity.LOWER_IS_BETTER, n("0.5"));
    private final Measure requests = MetricJudgement.measure(MeasureUnit.COUNT, Polarity.NONE, null);

    @Test
    void persistentAbsenceAboveTheNationalFigureIsWorseByPoints() {
        // "33.4% of children and young people with SEND are persistently absent ... just above the national average (32.3%)"
        Assessment a = MetricJudgement.against(absence, n("33.4"), n("32.3"));
        assertThat(a.status()).isEqualTo(MeasureStatus.WORSE);
        assertThat(a.gap()).isEqualByComparingTo("-1.1");
        assertThat(a.sentence()).isEqualTo("Worse than the comparator: 33.4%, 1.1 points above 32.3%.");
    }

    @Test
    void withinTheToleranceIsSimilar() {
        assertThat(MetricJudgement.against(absence, n("32.6"), n("32.3")).status()).isEqualTo(MeasureStatus.SIMILAR);
    }

    @Test
    void higherIsBetterAboveTheComparatorIsBetter() {
        // "9.59% are in paid employment ... almost twice as high than the national average of 4.76%"
        Measure employment = MetricJudgement.measure(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, n("0.5"));
        Assessment a = MetricJudgement.against(employment, n("9.59"), n("4.76"));
        assertThat(a.status()).isEqualTo(MeasureStatus.BETTER);
        assertThat(a.gap()).isEqualByComparingTo("4.83");
    }

    @Test
    void senSupportBelowTheNationalFigureIsWorseWhereIdentificationShouldAtLeastMatchIt() {
        Measure identification = MetricJudgement.measure(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, n("0.5"));
        Assessment a = MetricJudgement.against(identification, n("11.58"), n("13.63"));
        assertThat(a.status()).isEqualTo(MeasureStatus.WORSE);
        assertThat(a.sentence()).isEqualTo("Worse than the comparator: 11.58%, 2.05 points below 13.63%.");
    }

    @Test
    void aCountWithNoPolarityIsNotRatedAndItsDifferenceIsStated() {
        Assessment a = MetricJudgement.against(requests, n("517"), n("293"));
        assertThat(a.status()).isEqualTo(MeasureStatus.NOT_RATED);
        assertThat(a.gap()).isEqualByComparingTo("224");
        Assessment noComparator = MetricJudgement.against(requests, n("517"), null);
        assertThat(noComparator.status()).isEqualTo(MeasureStatus.NO_TARGET);
        assertThat(noComparator.sentence()).isEqualTo("517; no comparator figure.");
    }

    @Test
    void assessmentRequestsAlmostDoubledUpFrom2019WithoutJudgement() {
        MetricJudgement.Movement m = MetricJudgement.movement(requests, n("293"), "2019", n("517"));
        assertThat(m.trend()).isEqualTo(Trend.UP);
        assertThat(m.sentence()).isEqualTo("Up 224 from 293 in 2019.");
    }

    @Test
    void aTrendIsJudgedByPolarityAndTolerance() {
        assertThat(MetricJudgement.movement(absence, n("35.0"), "2021/22", n("33.4")).trend()).isEqualTo(Trend.IMPROVING);
        assertThat(MetricJudgement.movement(absence, n("33.4"), "2022/23", n("34.2")).sentence())
                .isEqualTo("Up 0.8 points from 33.4% in 2022/23 (worsening).");
        assertThat(MetricJudgement.movement(absence, n("33.4"), "2022/23", n("33.6")).trend()).isEqualTo(Trend.STABLE);
        assertThat(MetricJudgement.movement(absence, n("33.4"), "2022/23", n("33.40")).trend()).isEqualTo(Trend.NO_CHANGE);
        assertThat(MetricJudgement.movement(absence, null, null, n("33.4")).trend()).isEqualTo(Trend.NOT_ENOUGH_DATA);
    }
}

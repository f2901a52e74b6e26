package uk.gov.hwb.strategies.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.MeasureStatus;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/**
 * Seed 004's corporate measures on the trajectory basis: a 2025 target is judged against where the
 * line from the baseline stands at the value's date, not against the 2025 figure.
 */
class MeasureJudgementTest {

    private static final LocalDate BASELINE = LocalDate.of(2021, 4, 1);
    private static final LocalDate TARGET = LocalDate.of(2025, 3, 31);
    private static final LocalDate MARCH_2023 = LocalDate.of(2023, 3, 31);

    @Test
    void adultsActiveAreJudgedAgainstTheirTrajectoryTo72PerCent() {
        // 61% on 1 April 2021 to 72% on 31 March 2025: 729 of 1,460 days gone by 31 March 2023, so 66.5% expected.
        Assessment a = MeasureJudgement.judge(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.TRAJECTORY,
                new BigDecimal("61"), BASELINE, new BigDecimal("72"), TARGET, new BigDecimal("63.2"), MARCH_2023);
        assertThat(a.status()).isEqualTo(MeasureStatus.OFF_TRACK);
        assertThat(a.target()).isEqualByComparingTo("66.5");
        assertThat(a.gap()).isEqualByComparingTo("-3.3");
        assertThat(a.sentence()).isEqualTo("Off track: 3.3 points below the 66.5% expected by 31 March 2023 on the way to 72% by 31 March 2025.");
    }

    @Test
    void dependentDrinkersInTreatmentOnTheirWayFrom10To20PerCent() {
        Assessment a = MeasureJudgement.judge(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.TRAJECTORY,
                new BigDecimal("10"), BASELINE, new BigDecimal("20"), TARGET, new BigDecimal("15.4"), MARCH_2023);
        assertThat(a.status()).isEqualTo(MeasureStatus.ON_TRACK);
        assertThat(a.target()).isEqualByComparingTo("15.0");
        assertThat(a.gap()).isEqualByComparingTo("0.4");
    }

    @Test
    void aLowerIsBetterTrajectory() {
        Assessment a = MeasureJudgement.judge(MeasureUnit.PERCENT, Polarity.LOWER_IS_BETTER, Basis.TRAJECTORY,
                new BigDecimal("26"), BASELINE, new BigDecimal("22"), TARGET, new BigDecimal("23"), MARCH_2023);
        assertThat(a.status()).isEqualTo(MeasureStatus.ON_TRACK);
        assertThat(a.target()).isEqualByComparingTo("24.0");
    }

    @Test
    void anIncreaseMeasureWithoutANumericTargetIsShownAsSuch() {
        assertThat(MeasureJudgement.aim(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, null, null, null, null))
                .isEqualTo("Increase (no numeric target)");
        assertThat(MeasureJudgement.aim(MeasureUnit.PERCENT, Polarity.LOWER_IS_BETTER, null, null, null, null))
                .isEqualTo("Decrease (no numeric target)");
        Assessment a = MeasureJudgement.judge(MeasureUnit.COUNT, Polarity.HIGHER_IS_BETTER, Basis.TRAJECTORY, null, null, null, null,
                new BigDecimal("1200"), MARCH_2023);
        assertThat(a.status()).isEqualTo(MeasureStatus.NO_TARGET);
        assertThat(a.sentence()).isEqualTo("1,200; no numeric target.");
    }

    @Test
    void theAimOfATrajectoryMeasure() {
        assertThat(MeasureJudgement.aim(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, new BigDecimal("61"), BASELINE, new BigDecimal("72"), TARGET))
                .isEqualTo("From 61% (1 April 2021) to 72% by 31 March 2025");
    }

    @Test
    void noFigureIsNoDataNeverZero() {
        assertThat(MeasureJudgement.judge(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.TRAJECTORY, new BigDecimal("61"), BASELINE,
                new BigDecimal("72"), TARGET, null, MARCH_2023).status()).isEqualTo(MeasureStatus.NO_DATA);
    }
}

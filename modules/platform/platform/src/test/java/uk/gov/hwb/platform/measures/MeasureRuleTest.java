package uk.gov.hwb.platform.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The measures rule with the seed documents' cases (seed 002's BCF metrics, seed 004's measures, seed 002's SEF comparators). */
class MeasureRuleTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> quarters(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : n(v)).toList();
    }

    @Nested
    class AsIs {
        private final Measure reablement = new Measure(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.AS_IS);
        private final Measure admissions = new Measure(MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.AS_IS);
        private final Measure residential = new Measure(MeasureUnit.COUNT, Polarity.LOWER_IS_BETTER, Basis.AS_IS);

        @Test
        void reablementBelowItsTargetIsOffTrackByPointsNotPercent() {
            Assessment a = MeasureRule.asIs(reablement, n("78.6"), n("80.0"));
            assertThat(a.status()).isEqualTo(MeasureStatus.OFF_TRACK);
            assertThat(a.gap()).isEqualByComparingTo("-1.4");
            assertThat(a.sentence()).isEqualTo("Off track: 1.4 points below the target of 80%.");
        }

        @Test
        void meetingTheTargetExactlyIsOnTrack() {
            Assessment a = MeasureRule.asIs(residential, n("549"), n("549"));
            assertThat(a.status()).isEqualTo(MeasureStatus.ON_TRACK);
            assertThat(a.gap()).isEqualByComparingTo("0");
            assertThat(a.sentence()).isEqualTo("On track: on the target of 549.");
        }

        @Test
        void lowerIsBetterAboveTheTargetIsOffTrackWithANegativeGap() {
            Assessment a = MeasureRule.asIs(admissions, n("253"), n("243.3"));
            assertThat(a.status()).isEqualTo(MeasureStatus.OFF_TRACK);
            assertThat(a.gap()).isEqualByComparingTo("-9.7");
            assertThat(a.sentence()).isEqualTo("Off track: 9.7 above the target of 243.3 per 100,000.");
        }

        @Test
        void betterThanTheTargetIsOnTrackWithAPositiveGapForBothPolarities() {
            assertThat(MeasureRule.asIs(reablement, n("81.25"), n("80")).gap()).isEqualByComparingTo("1.25");
            Assessment lower = MeasureRule.asIs(admissions, n("240"), n("243.3"));
            assertThat(lower.status()).isEqualTo(MeasureStatus.ON_TRACK);
            assertThat(lower.gap()).isEqualByComparingTo("3.3");
            assertThat(lower.sentence()).isEqualTo("On track: 3.3 below the target of 243.3 per 100,000.");
        }

        @Test
        void figuresKeepThePrecisionTheyWereEnteredWith() {
            Assessment a = MeasureRule.asIs(reablement, n("95.47"), n("95"));
            assertThat(a.sentence()).isEqualTo("On track: 0.47 points above the target of 95%.");
            assertThat(MeasureUnit.PERCENT.format(n("95.47"))).isEqualTo("95.47%");
        }

        @Test
        void aPeriodWithoutAFigureIsNoDataNeverZero() {
            Assessment a = MeasureRule.asIs(reablement, null, n("80"));
            assertThat(a.status()).isEqualTo(MeasureStatus.NO_DATA);
            assertThat(a.value()).isNull();
            assertThat(a.gap()).isNull();
        }

        @Test
        void noTargetOrNoPolarityIsNotJudged() {
            assertThat(MeasureRule.asIs(reablement, n("78.6"), null).status()).isEqualTo(MeasureStatus.NO_TARGET);
            assertThat(MeasureRule.asIs(new Measure(MeasureUnit.COUNT, Polarity.NONE, Basis.AS_IS), n("517"), n("400")).status())
                    .isEqualTo(MeasureStatus.NO_TARGET);
        }
    }

    @Nested
    class AnnualProjection {
        private final Measure falls = new Measure(MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.ANNUAL_PROJECTION);

        @Test
        void fallsInTheFirstQuarterProjectToTheYearAboveTarget() {
            Assessment a = MeasureRule.annualProjection(falls, quarters("627.9"), n("2100"));
            assertThat(a.value()).isEqualByComparingTo("2511.6");
            assertThat(a.status()).isEqualTo(MeasureStatus.OFF_TRACK);
            assertThat(a.gap()).isEqualByComparingTo("-411.6");
            assertThat(a.sentence()).isEqualTo("Off track: projected 2,511.6 per 100,000 for the year, 411.6 above the annual target of 2,100 per 100,000.");
        }

        @Test
        void laterQuartersAverageWhatHasBeenReported() {
            Assessment a = MeasureRule.annualProjection(falls, quarters("500", "450.5"), n("2100"));
            assertThat(a.value()).isEqualByComparingTo("1901.0");
            assertThat(a.status()).isEqualTo(MeasureStatus.ON_TRACK);
            assertThat(MeasureRule.annualProjection(falls, quarters(null, "500", "400"), n("2100")).value()).isEqualByComparingTo("1800");
        }

        @Test
        void aQuarterWithoutItsFigureIsNoData() {
            assertThat(MeasureRule.annualProjection(falls, quarters("627.9", null), n("2100")).status()).isEqualTo(MeasureStatus.NO_DATA);
            assertThat(MeasureRule.annualProjection(falls, quarters(), n("2100")).status()).isEqualTo(MeasureStatus.NO_DATA);
        }

        @Test
        void higherIsBetterProjectsTheSameWay() {
            Measure checks = new Measure(MeasureUnit.COUNT, Polarity.HIGHER_IS_BETTER, Basis.ANNUAL_PROJECTION);
            Assessment a = MeasureRule.annualProjection(checks, quarters("30", "20"), n("120"));
            assertThat(a.value()).isEqualByComparingTo("100");
            assertThat(a.gap()).isEqualByComparingTo("-20");
            assertThat(a.status()).isEqualTo(MeasureStatus.OFF_TRACK);
        }
    }

    @Nested
    class Trajectory {
        private final Measure active = new Measure(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.TRAJECTORY);
        private final LocalDate baselineDate = LocalDate.of(2021, 3, 31);
        private final LocalDate targetDate = LocalDate.of(2025, 3, 31);

        @Test
        void aFutureTargetIsJudgedAgainstTheLineNotTheEndPoint() {
            // 61% in 2021 towards 72% in 2025: half way (two years of four) the line stands at 66.5%.
            LocalDate halfWay = LocalDate.of(2023, 3, 31);
            Assessment a = MeasureRule.trajectory(active, n("61"), baselineDate, n("72"), targetDate, n("67"), halfWay);
            assertThat(a.target()).isEqualByComparingTo("66.5");
            assertThat(a.status()).as("below 72% but above the line").isEqualTo(MeasureStatus.ON_TRACK);
            assertThat(a.gap()).isEqualByComparingTo("0.5");
            assertThat(a.sentence()).isEqualTo("On track: 0.5 points above the 66.5% expected by 31 March 2023 on the way to 72% by 31 March 2025.");
        }

        @Test
        void lowerIsBetterBelowTheLineIsOnTrack() {
            Measure smoking = new Measure(MeasureUnit.PERCENT, Polarity.LOWER_IS_BETTER, Basis.TRAJECTORY);
            Assessment a = MeasureRule.trajectory(smoking, n("20"), baselineDate, n("12"), targetDate, n("17"), LocalDate.of(2023, 3, 31));
            assertThat(a.target()).isEqualByComparingTo("16.0");
            assertThat(a.status()).isEqualTo(MeasureStatus.OFF_TRACK);
            assertThat(a.gap()).isEqualByComparingTo("-1.0");
        }

        @Test
        void theLineIsClampedToItsEnds() {
            assertThat(MeasureRule.trajectory(active, n("61"), baselineDate, n("72"), targetDate, n("60"), LocalDate.of(2020, 1, 1)).target())
                    .isEqualByComparingTo("61");
            assertThat(MeasureRule.trajectory(active, n("61"), baselineDate, n("72"), targetDate, n("73"), LocalDate.of(2026, 1, 1)).target())
                    .isEqualByComparingTo("72");
        }

        @Test
        void aMeasureWithoutANumericTargetIsShownAsSuch() {
            assertThat(MeasureRule.trajectory(active, n("61"), baselineDate, null, null, n("65"), LocalDate.of(2023, 1, 1)).status())
                    .isEqualTo(MeasureStatus.NO_TARGET);
        }

        @Test
        void theTargetDateMustFollowTheBaseline() {
            assertThatThrownBy(() -> MeasureRule.trajectory(active, n("61"), targetDate, n("72"), baselineDate, n("65"), targetDate))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Comparator {
        private final Measure absence = new Measure(MeasureUnit.PERCENT, Polarity.LOWER_IS_BETTER, Basis.COMPARATOR, n("0.5"));

        @Test
        void persistentAbsenceAboveTheNationalFigureIsWorse() {
            Assessment a = MeasureRule.comparator(absence, n("33.4"), n("32.3"));
            assertThat(a.status()).isEqualTo(MeasureStatus.WORSE);
            assertThat(a.gap()).isEqualByComparingTo("-1.1");
            assertThat(a.sentence()).isEqualTo("Worse than the comparator: 33.4%, 1.1 points above 32.3%.");
        }

        @Test
        void withinTheToleranceIsSimilar() {
            Assessment a = MeasureRule.comparator(absence, n("32.6"), n("32.3"));
            assertThat(a.status()).isEqualTo(MeasureStatus.SIMILAR);
            assertThat(a.sentence()).isEqualTo("Similar to the comparator: 32.6%, 0.3 points above 32.3% (within 0.5 points).");
        }

        @Test
        void higherIsBetterAboveTheComparatorIsBetter() {
            Measure timely = new Measure(MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.COMPARATOR);
            Assessment a = MeasureRule.comparator(timely, n("52.1"), n("50.3"));
            assertThat(a.status()).isEqualTo(MeasureStatus.BETTER);
            assertThat(a.gap()).isEqualByComparingTo("1.8");
        }

        @Test
        void aCountWithNoPolarityStatesTheDifferenceWithoutJudgingIt() {
            Measure requests = new Measure(MeasureUnit.COUNT, Polarity.NONE, Basis.COMPARATOR);
            Assessment a = MeasureRule.comparator(requests, n("517"), n("293"));
            assertThat(a.status()).isEqualTo(MeasureStatus.NOT_RATED);
            assertThat(a.gap()).isEqualByComparingTo("224");
            assertThat(a.sentence()).isEqualTo("517, 224 above 293.");
        }

        @Test
        void noFigureIsNoData() {
            assertThat(MeasureRule.comparator(absence, null, n("32.3")).status()).isEqualTo(MeasureStatus.NO_DATA);
        }
    }

    @Test
    void aMeasureIsJudgedOnlyOnItsOwnBasis() {
        Measure asIs = new Measure(MeasureUnit.COUNT, Polarity.LOWER_IS_BETTER, Basis.AS_IS);
        assertThatThrownBy(() -> MeasureRule.comparator(asIs, n("1"), n("2"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitsFormatFiguresAndDifferences() {
        assertThat(MeasureUnit.MONEY.format(n("28156886"))).isEqualTo("£28,156,886");
        assertThat(MeasureUnit.MONEY.format(n("-1200.50"))).isEqualTo("-£1,200.50");
        assertThat(MeasureUnit.DAYS.formatDifference(n("-3"))).isEqualTo("3 days");
        assertThat(MeasureUnit.PERCENT.formatDifference(n("1"))).isEqualTo("1 point");
    }
}

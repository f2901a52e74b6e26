package uk.gov.hwb.strategies.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.hwb.platform.progress.ProgressStatus.AT_RISK;
import static uk.gov.hwb.platform.progress.ProgressStatus.COMPLETE;
import static uk.gov.hwb.platform.progress.ProgressStatus.ON_COURSE;
import static uk.gov.hwb.platform.progress.ProgressStatus.SOME_SLIPPAGE;
import static uk.gov.hwb.platform.progress.ProgressStatus.UNDER_REVIEW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.strategies.api.StatusMixDto;

/**
 * The progress summary's arithmetic with seed 003's figures (Southend Health and Wellbeing Strategy
 * progress summary, November 2013: 106 sub-actions; overall 80.2 / 5.7 / 0.9 / 13.2 against
 * September's 74.5 / 4.7 / 0.0 / 20.8, changes +5.7 / +1.0 / +0.9 / −7.6; each ambition's shares as printed).
 */
class ProgressSummaryTest {

    private static final List<ProgressStatus> HWB = List.of(ON_COURSE, SOME_SLIPPAGE, AT_RISK, UNDER_REVIEW);

    /** Builds actions with the given number in each of the four statuses, then the given number with no update. */
    private static Mix actions(int onCourse, int slippage, int atRisk, int underReview, int noUpdate) {
        Mix mix = new Mix();
        mix.add(ON_COURSE, onCourse).add(SOME_SLIPPAGE, slippage).add(AT_RISK, atRisk).add(UNDER_REVIEW, underReview).add(null, noUpdate);
        return mix;
    }

    private static final class Mix {
        final List<Long> ids = new ArrayList<>();
        final Map<Long, ProgressStatus> statuses = new HashMap<>();

        Mix add(ProgressStatus status, int n) {
            for (int i = 0; i < n; i++) {
                long id = ids.size() + 1L;
                ids.add(id);
                if (status != null) {
                    statuses.put(id, status);
                }
            }
            return this;
        }

        StatusMixDto of(List<ProgressStatus> vocabulary) {
            return ProgressSummary.mix(vocabulary, ids, statuses);
        }
    }

    private static List<String> shares(StatusMixDto mix) {
        return mix.shares().values().stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void theSeedsOverallFiguresForNovemberAgainstSeptember2013() {
        StatusMixDto november = actions(85, 6, 1, 14, 0).of(HWB);
        StatusMixDto september = actions(79, 5, 0, 22, 0).of(HWB);

        assertThat(november.total()).isEqualTo(106);
        assertThat(november.counts()).containsExactly(Map.entry("ON_COURSE", 85), Map.entry("SOME_SLIPPAGE", 6),
                Map.entry("AT_RISK", 1), Map.entry("UNDER_REVIEW", 14), Map.entry("NO_UPDATE", 0));
        assertThat(shares(november)).containsExactly("80.2", "5.7", "0.9", "13.2", "0.0");
        assertThat(shares(september)).containsExactly("74.5", "4.7", "0.0", "20.8", "0.0");

        StatusMixDto withChanges = ProgressSummary.withChanges(november, september);
        assertThat(withChanges.changes().values().stream().map(ProgressSummary::signed).toList())
                .containsExactly("+5.7", "+1.0", "+0.9", "-7.6", "0.0");
    }

    @Test
    void theChangeIsTheDifferenceOfTheDisplayedSharesNotOfTheUnroundedOnes() {
        // Some slippage: 6/106 − 5/106 = 0.943… points, which would print 0.9; the seed prints 5.7 − 4.7 = 1.0.
        // Under review: 14/106 − 22/106 = −7.547…, which would print −7.5; the seed prints 13.2 − 20.8 = −7.6.
        BigDecimal unroundedSlippage = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(106), 3, java.math.RoundingMode.HALF_UP);
        assertThat(unroundedSlippage.setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.9");
        assertThat(ProgressSummary.change(ProgressSummary.share(6, 106), ProgressSummary.share(5, 106))).isEqualByComparingTo("1.0");
        assertThat(ProgressSummary.change(ProgressSummary.share(14, 106), ProgressSummary.share(22, 106))).isEqualByComparingTo("-7.6");
    }

    /** Every ambition's November 2013 counts (from the seed's chart labels and percentages) give the shares the seed prints. */
    @ParameterizedTest(name = "ambition {0}")
    @CsvSource(delimiter = '|', value = {
            "1: A positive start in life      | 30 | 0 | 0 | 4 | 88.2 | 0.0  | 0.0  | 11.8",
            "2: Promoting healthy lifestyles  | 11 | 1 | 0 | 0 | 91.7 | 8.3  | 0.0  | 0.0",
            "3: Improving mental wellbeing    | 8  | 1 | 0 | 4 | 61.5 | 7.7  | 0.0  | 30.8",
            "4: A safer population            | 4  | 2 | 0 | 0 | 66.7 | 33.3 | 0.0  | 0.0",
            "5: Living independently          | 7  | 0 | 0 | 1 | 87.5 | 0.0  | 0.0  | 12.5",
            "6: Active and healthy ageing     | 6  | 0 | 0 | 0 | 100.0| 0.0  | 0.0  | 0.0",
            "7: Protecting health             | 7  | 0 | 0 | 5 | 58.3 | 0.0  | 0.0  | 41.7",
            "8: Housing                       | 6  | 2 | 0 | 0 | 75.0 | 25.0 | 0.0  | 0.0",
            "9: Maximising opportunity        | 6  | 0 | 1 | 0 | 85.7 | 0.0  | 14.3 | 0.0"})
    void everyAmbitionsNovemberSharesAsTheSeedPrintsThem(String ambition, int onCourse, int slippage, int atRisk, int underReview,
                                                         String s1, String s2, String s3, String s4) {
        assertThat(shares(actions(onCourse, slippage, atRisk, underReview, 0).of(HWB))).containsExactly(s1, s2, s3, s4, "0.0");
    }

    @Test
    void theAmbitionsAddUpToTheSeedsOverallCounts() {
        int[][] ambitions = {{30, 0, 0, 4}, {11, 1, 0, 0}, {8, 1, 0, 4}, {4, 2, 0, 0}, {7, 0, 0, 1}, {6, 0, 0, 0}, {7, 0, 0, 5}, {6, 2, 0, 0}, {6, 0, 1, 0}};
        int[] total = new int[4];
        for (int[] a : ambitions) {
            for (int i = 0; i < 4; i++) {
                total[i] += a[i];
            }
        }
        assertThat(total).containsExactly(85, 6, 1, 14);
    }

    @Test
    void anActionWithNoUpdateStaysInTheDenominatorInItsOwnColumn() {
        StatusMixDto mix = actions(2, 0, 0, 0, 1).of(HWB);
        assertThat(mix.total()).isEqualTo(3);
        assertThat(mix.counts().get("NO_UPDATE")).isEqualTo(1);
        assertThat(shares(mix)).containsExactly("66.7", "0.0", "0.0", "0.0", "33.3");
    }

    @ParameterizedTest
    @CsvSource({"1, 8, 12.5", "1, 16, 6.3", "1, 3, 33.3", "2, 3, 66.7", "1, 40, 2.5", "1, 80, 1.3", "0, 0, 0.0"})
    void sharesAreRoundedHalfUpToOneDecimalPlace(int count, int total, String share) {
        assertThat(ProgressSummary.share(count, total).toPlainString()).isEqualTo(share);
    }

    @Test
    void aStrategyUsingCompleteHasItsColumnAndStatusesOutsideTheVocabularyAreRefused() {
        Mix mix = new Mix().add(ON_COURSE, 1).add(COMPLETE, 1);
        assertThat(mix.of(List.of(ON_COURSE, COMPLETE)).counts()).containsOnlyKeys("ON_COURSE", "COMPLETE", "NO_UPDATE");
        assertThatThrownBy(() -> mix.of(HWB)).hasMessageContaining("COMPLETE is not one of the strategy's statuses");
    }

    @Test
    void withoutAPreviousPeriodThereAreNoChanges() {
        StatusMixDto mix = actions(1, 0, 0, 0, 0).of(HWB);
        assertThat(ProgressSummary.withChanges(mix, null).changes()).isEmpty();
    }
}

package uk.gov.hwb.bcf.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.bcf.api.CapacityMonthDto;

/**
 * Capacity and demand with seed 002's uplift assumptions: "an increase of 10% has been applied for
 * November 2023 and March 2024 and a 20% increase for December 2023, January 2024, and February 2024".
 */
class CapacityRulesTest {

    private static final List<BigDecimal> SEED_UPLIFTS = List.of(n("0"), n("0"), n("0"), n("0"), n("0"), n("0"), n("0"), n("10"), n("20"),
            n("20"), n("20"), n("10"));

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theUpliftRaisesTheBaselineByItsPercentage() {
        assertThat(CapacityRules.expectedDemand(n("50"), n("10"))).isEqualByComparingTo("55.0");
        assertThat(CapacityRules.expectedDemand(n("50"), n("20"))).isEqualByComparingTo("60.0");
        assertThat(CapacityRules.expectedDemand(n("23"), n("10"))).as("to one place").isEqualByComparingTo("25.3");
        assertThat(CapacityRules.expectedDemand(n("33"), n("15"))).as("37.95 half up").isEqualByComparingTo("38.0");
        assertThat(CapacityRules.expectedDemand(n("40"), null)).isEqualByComparingTo("40");
    }

    @Test
    void monthsRunAprilToMarchWithTheSeedsUpliftsAndShortMonths() {
        List<CapacityMonthDto> months = CapacityRules.months(2023, Collections.nCopies(12, n("60")), Collections.nCopies(12, n("66")), SEED_UPLIFTS);
        assertThat(months.get(0).label()).isEqualTo("April 2023");
        assertThat(months.get(7).label()).isEqualTo("November 2023");
        assertThat(months.get(7).expectedDemand()).isEqualByComparingTo("66.0");
        assertThat(months.get(7).demandExceedsCapacity()).as("66 against 66 is enough").isFalse();
        assertThat(months.get(8).expectedDemand()).isEqualByComparingTo("72.0");
        assertThat(months.get(8).shortfall()).isEqualByComparingTo("6.0");
        assertThat(months.get(11).label()).isEqualTo("March 2024");
        assertThat(months.get(0).shortfall()).isEqualByComparingTo("0");
        assertThat(CapacityRules.shortMonths(months)).containsExactly("December 2023", "January 2024", "February 2024");
    }

    @Test
    void theAssumptionsReadAsTheSeedWritesThem() {
        assertThat(CapacityRules.upliftSentence(2023, SEED_UPLIFTS)).isEqualTo("Uplifts applied to the baseline: +10% in November 2023 and"
                + " March 2024; +20% in December 2023, January 2024 and February 2024.");
        assertThat(CapacityRules.upliftSentence(2024, Collections.nCopies(12, BigDecimal.ZERO))).isEqualTo("No uplift is applied to the baseline.");
    }
}

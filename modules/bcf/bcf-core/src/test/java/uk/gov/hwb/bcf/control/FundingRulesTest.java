package uk.gov.hwb.bcf.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.bcf.api.Commissioner;
import uk.gov.hwb.bcf.api.FundingRow;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.bcf.api.FundingTotal;
import uk.gov.hwb.bcf.api.MinimumDto;

/** The pooled budget's arithmetic with seed 002's funding table (item 10, "An expenditure plan, confirms the financial overview"). */
class FundingRulesTest {

    private static BigDecimal p(String amount) {
        return new BigDecimal(amount);
    }

    static Map<FundingSource, BigDecimal> seedIncome(boolean firstYear) {
        Map<FundingSource, BigDecimal> income = new EnumMap<>(FundingSource.class);
        income.put(FundingSource.DFG, p("1721065"));
        income.put(FundingSource.MINIMUM_NHS_CONTRIBUTION, p(firstYear ? "15977498" : "16881824"));
        income.put(FundingSource.IBCF, p("7797498"));
        income.put(FundingSource.ADDITIONAL_LA_CONTRIBUTION, p(firstYear ? "368848" : "0"));
        income.put(FundingSource.ADDITIONAL_ICB_CONTRIBUTION, p("0"));
        income.put(FundingSource.LA_DISCHARGE_FUNDING, p(firstYear ? "1093197" : "1821922"));
        income.put(FundingSource.ICB_DISCHARGE_FUNDING, p(firstYear ? "1198780" : "1666320"));
        return income;
    }

    @Test
    void theSeedsTotalsAreTheSumsOfTheSevenSources() {
        FundingTotal year1 = FundingRules.total(FundingRules.rows(seedIncome(true), seedIncome(true)));
        FundingTotal year2 = FundingRules.total(FundingRules.rows(seedIncome(false), seedIncome(false)));
        assertThat(year1.income()).isEqualByComparingTo("28156886");
        assertThat(year1.expenditure()).isEqualByComparingTo("28156886");
        assertThat(year1.unallocated()).isEqualByComparingTo("0");
        assertThat(year2.income()).isEqualByComparingTo("29888629");
    }

    @Test
    void everySourceHasARowInTheNationalOrderAndUnallocatedIsIncomeLessPlanned() {
        Map<FundingSource, BigDecimal> planned = new EnumMap<>(FundingSource.class);
        planned.put(FundingSource.IBCF, p("7000000.50"));
        List<FundingRow> rows = FundingRules.rows(Map.of(FundingSource.IBCF, p("7797498")), planned);
        assertThat(rows).extracting(FundingRow::source).containsExactly("DFG", "Minimum NHS Contribution", "iBCF",
                "Additional LA Contribution", "Additional ICB Contribution", "Local Authority Discharge Funding", "ICB Discharge Funding");
        FundingRow ibcf = rows.get(2);
        assertThat(ibcf.unallocated()).isEqualByComparingTo("797497.50");
        assertThat(ibcf.unallocated().scale()).as("pounds and pence").isEqualTo(2);
        assertThat(rows.get(0).income()).isEqualByComparingTo("0");
        assertThat(FundingRules.total(rows).unallocated()).isEqualByComparingTo("797497.50");
    }

    @Test
    void plannedExpenditureIsSummedPerSourceToThePenny() {
        Map<FundingSource, BigDecimal> planned = FundingRules.plannedBySource(List.of(
                new FundingRules.Line(FundingSource.DFG, "Social Care", Commissioner.LA, p("0.10")),
                new FundingRules.Line(FundingSource.DFG, "Social Care", Commissioner.LA, p("0.20")),
                new FundingRules.Line(FundingSource.IBCF, "Social Care", Commissioner.LA, p("5"))));
        assertThat(planned.get(FundingSource.DFG)).isEqualByComparingTo("0.30");
        assertThat(planned).doesNotContainKey(FundingSource.MINIMUM_NHS_CONTRIBUTION);
    }

    @Test
    void overAllocationNamesTheSourceAndTheExcess() {
        assertThat(FundingRules.overAllocation(FundingSource.IBCF, "2023/24", p("7797498"), p("7800000")))
                .isEqualTo("Planned expenditure from iBCF in 2023/24 would be £7,800,000, £2,502 more than its income of £7,797,498.");
        assertThat(FundingRules.overAllocation(FundingSource.IBCF, "2023/24", p("7797498"), p("7797498"))).as("spending it all is fine").isNull();
        assertThat(FundingRules.overAllocation(FundingSource.ADDITIONAL_ICB_CONTRIBUTION, "2024/25", null, p("0.01")))
                .contains("£0.01 more than its income of £0");
    }

    @Test
    void varianceIsForecastLessPlannedAndAsAPercentageToOnePlace() {
        assertThat(FundingRules.variance(p("2500000"), p("2560000"))).isEqualByComparingTo("60000");
        assertThat(FundingRules.variancePercent(p("2500000"), p("2560000"))).isEqualByComparingTo("2.4");
        assertThat(FundingRules.variance(p("500000"), p("480000"))).as("an underspend is negative").isEqualByComparingTo("-20000");
        assertThat(FundingRules.variancePercent(p("500000"), p("480000"))).isEqualByComparingTo("-4.0");
        assertThat(FundingRules.variancePercent(p("3"), p("4"))).as("half up").isEqualByComparingTo("33.3");
        assertThat(FundingRules.variance(p("100"), null)).as("no forecast, no variance").isNull();
        assertThat(FundingRules.variancePercent(p("0"), p("10"))).as("nothing planned: no percentage").isNull();
    }

    @Test
    void actualToDateAddsTheRecordedQuartersOnly() {
        assertThat(FundingRules.actualToDate(java.util.Arrays.asList(p("10.01"), null, p("5"), null))).isEqualByComparingTo("15.01");
        assertThat(FundingRules.actualToDate(java.util.Arrays.asList(null, null, null, null))).isNull();
    }

    @Test
    void ringFencedMinimumsCountTheNhsContributionsSocialCareAndOutOfHospitalLines() {
        List<FundingRules.Line> lines = List.of(
                new FundingRules.Line(FundingSource.MINIMUM_NHS_CONTRIBUTION, "Social Care", Commissioner.LA, p("5477498")),
                new FundingRules.Line(FundingSource.MINIMUM_NHS_CONTRIBUTION, "Social Care", Commissioner.JOINT, p("1000000")),
                new FundingRules.Line(FundingSource.MINIMUM_NHS_CONTRIBUTION, "Community Health", Commissioner.NHS, p("9000000")),
                new FundingRules.Line(FundingSource.MINIMUM_NHS_CONTRIBUTION, "Acute", Commissioner.NHS, p("400000")),
                new FundingRules.Line(FundingSource.IBCF, "Social Care", Commissioner.LA, p("7797498")));
        List<MinimumDto> minimums = FundingRules.minimums(lines, p("7000000"), p("4540000"));
        MinimumDto socialCare = minimums.get(0);
        assertThat(socialCare.planned()).isEqualByComparingTo("6477498");
        assertThat(socialCare.shortfall()).as("£522,502 short").isEqualByComparingTo("522502");
        MinimumDto outOfHospital = minimums.get(1);
        assertThat(outOfHospital.planned()).as("NHS and joint lines, not acute").isEqualByComparingTo("10000000");
        assertThat(outOfHospital.shortfall()).isEqualByComparingTo("0");
        assertThat(FundingRules.minimums(lines, null, null).get(0).shortfall()).as("no minimum set, no shortfall").isNull();
    }
}

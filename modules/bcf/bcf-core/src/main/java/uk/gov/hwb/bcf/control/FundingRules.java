package uk.gov.hwb.bcf.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.bcf.api.Commissioner;
import uk.gov.hwb.bcf.api.FundingRow;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.bcf.api.FundingTotal;
import uk.gov.hwb.bcf.api.MinimumDto;
import uk.gov.hwb.bcf.api.NationalLists;
import uk.gov.hwb.platform.money.Money;

/**
 * The pooled budget's arithmetic, exact to the penny (seed 002's funding table; PRODUCT.md "Better
 * Care Fund"): per source, income, planned expenditure (the sum of its scheme lines) and what is
 * unallocated; the year's total is the sum of the seven sources, never typed. Planned expenditure
 * of a source must not exceed its income. Variance is forecast outturn minus planned. Pure functions.
 */
public final class FundingRules {

    static final String ADULT_SOCIAL_CARE = "NHS minimum contribution to adult social care";
    static final String OUT_OF_HOSPITAL = "NHS-commissioned out-of-hospital services";

    private FundingRules() {
    }

    /** A scheme line as the rules see it. */
    public record Line(FundingSource source, String areaOfSpend, Commissioner commissioner, BigDecimal planned) {
    }

    /** A row per source in the national order (sources with no income and no spend show as £0), and the total. */
    public static List<FundingRow> rows(Map<FundingSource, BigDecimal> income, Map<FundingSource, BigDecimal> planned) {
        List<FundingRow> rows = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            BigDecimal in = pounds(income.get(source));
            BigDecimal out = pounds(planned.get(source));
            rows.add(new FundingRow(source.label(), in, out, in.subtract(out)));
        }
        return rows;
    }

    public static FundingTotal total(List<FundingRow> rows) {
        BigDecimal income = rows.stream().map(FundingRow::income).reduce(zero(), BigDecimal::add);
        BigDecimal expenditure = rows.stream().map(FundingRow::expenditure).reduce(zero(), BigDecimal::add);
        return new FundingTotal(income, expenditure, income.subtract(expenditure));
    }

    /** Planned expenditure per source of a year's lines. */
    public static Map<FundingSource, BigDecimal> plannedBySource(List<Line> lines) {
        Map<FundingSource, BigDecimal> planned = new EnumMap<>(FundingSource.class);
        for (Line line : lines) {
            planned.merge(line.source(), pounds(line.planned()), BigDecimal::add);
        }
        return planned;
    }

    /**
     * The sentence refusing an over-allocation, or null when the source's planned expenditure stays
     * within its income: "Planned expenditure from iBCF in 2023/24 would be £7,800,000, £2,502 more
     * than its income of £7,797,498."
     */
    public static String overAllocation(FundingSource source, String yearLabel, BigDecimal income, BigDecimal planned) {
        BigDecimal excess = pounds(planned).subtract(pounds(income));
        if (excess.signum() <= 0) {
            return null;
        }
        return "Planned expenditure from " + source.label() + " in " + yearLabel + " would be " + new Money(pounds(planned)).format()
                + ", " + new Money(excess).format() + " more than its income of " + new Money(pounds(income)).format() + ".";
    }

    /**
     * The ring-fenced minimums of the Minimum NHS Contribution. Counted towards adult social care: its
     * lines whose area of spend is Social Care. Towards NHS-commissioned out-of-hospital services: its
     * lines commissioned by the NHS or jointly whose area of spend is not Acute. A minimum not set
     * shows no figures.
     */
    public static List<MinimumDto> minimums(List<Line> lines, BigDecimal adultSocialCare, BigDecimal outOfHospital) {
        BigDecimal socialCare = zero();
        BigDecimal community = zero();
        for (Line line : lines) {
            if (line.source() != FundingSource.MINIMUM_NHS_CONTRIBUTION) {
                continue;
            }
            if (NationalLists.SOCIAL_CARE.equalsIgnoreCase(line.areaOfSpend())) {
                socialCare = socialCare.add(pounds(line.planned()));
            }
            if (line.commissioner() != Commissioner.LA && !NationalLists.ACUTE.equalsIgnoreCase(line.areaOfSpend())) {
                community = community.add(pounds(line.planned()));
            }
        }
        return List.of(minimum(ADULT_SOCIAL_CARE, "Minimum NHS Contribution lines whose area of spend is Social Care", adultSocialCare, socialCare),
                minimum(OUT_OF_HOSPITAL, "Minimum NHS Contribution lines commissioned by the NHS or jointly, other than Acute", outOfHospital, community));
    }

    private static MinimumDto minimum(String name, String counts, BigDecimal required, BigDecimal planned) {
        if (required == null) {
            return new MinimumDto(name, counts, null, planned, null);
        }
        BigDecimal shortfall = pounds(required).subtract(planned).max(zero());
        return new MinimumDto(name, counts, pounds(required), planned, shortfall);
    }

    /** Forecast outturn minus planned (negative: an underspend); null until there is a forecast. */
    public static BigDecimal variance(BigDecimal planned, BigDecimal forecast) {
        return forecast == null ? null : pounds(forecast).subtract(pounds(planned));
    }

    /** The variance as a percentage of planned, to one decimal place (half up); null without a forecast or with nothing planned. */
    public static BigDecimal variancePercent(BigDecimal planned, BigDecimal forecast) {
        BigDecimal variance = variance(planned, forecast);
        if (variance == null || pounds(planned).signum() == 0) {
            return null;
        }
        return variance.multiply(BigDecimal.valueOf(100)).divide(pounds(planned), 1, RoundingMode.HALF_UP);
    }

    /** The sum of the quarters with an actual; null when none is recorded. */
    public static BigDecimal actualToDate(List<BigDecimal> actuals) {
        return actuals.stream().filter(java.util.Objects::nonNull).map(FundingRules::pounds).reduce(BigDecimal::add).orElse(null);
    }

    static BigDecimal pounds(BigDecimal amount) {
        return amount == null ? zero() : new Money(amount).amount();
    }

    private static BigDecimal zero() {
        return Money.ZERO.amount();
    }
}

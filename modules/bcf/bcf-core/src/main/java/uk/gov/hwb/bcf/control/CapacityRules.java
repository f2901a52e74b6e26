package uk.gov.hwb.bcf.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.hwb.bcf.api.CapacityMonthDto;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.period.ReportingPeriod;

/**
 * Capacity and demand (seed 002, "Capacity and Demand – Hospital Discharge / Community"): the expected
 * demand of a month is its baseline raised by the month's uplift assumption ("an increase of 10% has
 * been applied for November 2023 and March 2024 and a 20% increase for December 2023, January 2024,
 * and February 2024"), to one decimal place, half up; a month falls short where expected demand
 * exceeds planned capacity. Months run April (1) to March (12). Pure functions.
 */
public final class CapacityRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CapacityRules() {
    }

    /** Baseline × (100 + uplift%) / 100, to one decimal place. */
    public static BigDecimal expectedDemand(BigDecimal baseline, BigDecimal upliftPercent) {
        BigDecimal uplift = upliftPercent == null ? BigDecimal.ZERO : upliftPercent;
        return baseline.multiply(HUNDRED.add(uplift)).divide(HUNDRED, 1, RoundingMode.HALF_UP);
    }

    /** The twelve months of a line: baseline, uplift, expected demand, capacity and the shortfall where demand exceeds capacity. */
    public static List<CapacityMonthDto> months(int startYear, List<BigDecimal> baseline, List<BigDecimal> capacity, List<BigDecimal> uplifts) {
        List<CapacityMonthDto> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal base = baseline.get(m - 1);
            BigDecimal uplift = uplifts.get(m - 1);
            BigDecimal demand = expectedDemand(base, uplift);
            BigDecimal cap = capacity.get(m - 1).setScale(1, RoundingMode.HALF_UP);
            BigDecimal shortfall = demand.subtract(cap).max(BigDecimal.ZERO.setScale(1));
            months.add(new CapacityMonthDto(m, monthLabel(startYear, m), base.setScale(1, RoundingMode.HALF_UP), uplift, demand, cap,
                    shortfall, demand.compareTo(cap) > 0));
        }
        return months;
    }

    /** "December 2023" for month 9 of 2023-24. */
    public static String monthLabel(int startYear, int month) {
        return ReportingPeriod.month(new FinancialYear(startYear), month).label();
    }

    /** "November 2023 and March 2024" style names of the months that fall short. */
    public static List<String> shortMonths(List<CapacityMonthDto> months) {
        return months.stream().filter(CapacityMonthDto::demandExceedsCapacity).map(CapacityMonthDto::label).toList();
    }

    /**
     * The assumptions in words: "Uplifts applied to the baseline: +10% in November 2023 and March 2024;
     * +20% in December 2023, January 2024 and February 2024."
     */
    public static String upliftSentence(int startYear, List<BigDecimal> uplifts) {
        Map<BigDecimal, List<String>> byPercent = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal uplift = uplifts.get(m - 1);
            if (uplift != null && uplift.signum() != 0) {
                byPercent.computeIfAbsent(uplift.stripTrailingZeros(), k -> new ArrayList<>()).add(monthLabel(startYear, m));
            }
        }
        if (byPercent.isEmpty()) {
            return "No uplift is applied to the baseline.";
        }
        List<String> parts = new ArrayList<>();
        byPercent.forEach((percent, months) -> parts.add(signed(percent) + "% in " + listed(months)));
        return "Uplifts applied to the baseline: " + String.join("; ", parts) + ".";
    }

    /** Month names without their years, for short phrases: "November and March". */
    static String monthName(int month) {
        return java.time.Month.APRIL.plus(month - 1L).getDisplayName(TextStyle.FULL, Locale.UK);
    }

    static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String signed(BigDecimal percent) {
        DecimalFormat format = new DecimalFormat("+#,##0.#;-#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(percent);
    }
}

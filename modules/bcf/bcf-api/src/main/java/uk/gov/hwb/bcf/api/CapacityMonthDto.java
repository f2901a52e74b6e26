package uk.gov.hwb.bcf.api;

import java.math.BigDecimal;

/**
 * One month of a capacity-and-demand line: the baseline, the month's uplift assumption, the expected
 * demand (baseline plus uplift), the planned capacity and the shortfall where demand exceeds it.
 */
public record CapacityMonthDto(int month, String label, BigDecimal baseline, BigDecimal upliftPercent, BigDecimal expectedDemand,
                               BigDecimal capacity, BigDecimal shortfall, boolean demandExceedsCapacity) {
}

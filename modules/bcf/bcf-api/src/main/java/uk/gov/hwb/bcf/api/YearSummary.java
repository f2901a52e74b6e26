package uk.gov.hwb.bcf.api;

import java.math.BigDecimal;

/** One plan year's totals, summed from the stored income and scheme lines. */
public record YearSummary(String year, String label, BigDecimal income, BigDecimal expenditure, BigDecimal unallocated) {
}

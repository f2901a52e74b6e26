package uk.gov.hwb.bcf.api;

import java.math.BigDecimal;

/** One funding source in a year: income, planned expenditure (the sum of its scheme lines) and what is left unallocated. */
public record FundingRow(String source, BigDecimal income, BigDecimal expenditure, BigDecimal unallocated) {
}

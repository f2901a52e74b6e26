package uk.gov.hwb.bcf.api;

import java.math.BigDecimal;

/** The sum of a year's funding rows. */
public record FundingTotal(BigDecimal income, BigDecimal expenditure, BigDecimal unallocated) {
}

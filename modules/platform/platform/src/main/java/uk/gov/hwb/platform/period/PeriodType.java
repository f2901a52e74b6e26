package uk.gov.hwb.platform.period;

/** The granularity of a reporting period. */
public enum PeriodType {
    YEAR, QUARTER, MONTH
}

package uk.gov.hwb.strategies.api;

/** CDI event, fired after a period is closed and its summary frozen as reported. */
public record PeriodClosed(long strategyId, long periodId, String periodName) {
}

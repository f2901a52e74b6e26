package uk.gov.hwb.strategies.api;

import java.time.LocalDate;

/** One period's overall status mix in a trend. */
public record TrendPointDto(long periodId, String periodName, LocalDate updatesDue, boolean closed, StatusMixDto overall) {
}

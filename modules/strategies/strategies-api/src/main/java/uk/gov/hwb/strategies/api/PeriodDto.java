package uk.gov.hwb.strategies.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A reporting period: its name, the date leads must update by, the last day it reports on, and
 * whether it is closed (its summary went to the board: then {@code closedAt}, {@code closedBy} and
 * the {@code note}; later changes are corrections).
 */
public record PeriodDto(
        long id,
        long strategyId,
        String name,
        LocalDate updatesDue,
        LocalDate endsOn,
        boolean closed,
        OffsetDateTime closedAt,
        String closedBy,
        String note,
        long version) {
}

package uk.gov.hwb.strategies.api;

import java.util.List;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * A strategy as screens and the API show it. In lists {@code priorities} and {@code periods} are
 * null; one strategy comes with its plan (priorities → actions → sub-actions, each with its latest
 * status) and its reporting periods, oldest first.
 */
public record StrategyDto(
        long id,
        String name,
        String description,
        int from,
        int to,
        Long organisationId,
        String organisationName,
        Long bodyId,
        String bodyName,
        Long leadPersonId,
        String leadPersonName,
        List<ProgressStatus> statuses,
        int actionCount,
        List<PriorityDto> priorities,
        List<PeriodDto> periods,
        long version) {

    /** "2022–2027". */
    public String years() {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }
}

package uk.gov.hwb.send.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole SEF version: Part A ({@code context}, {@code keyIssues}), Part B ({@code areas}), Part C
 * ({@code priorities}), its status and agreement, and the traceability of the entries that need an
 * answer ({@code entries}, of which {@code unanswered} have none yet). {@code number} is the SEF's
 * version number; {@code version} the optimistic-lock counter.
 */
public record SefDto(
        int number,
        LocalDate date,
        SefStatus status,
        long version,
        LocalDate agreedOn,
        Long agreedMeetingId,
        String agreedBy,
        Integer copiedFrom,
        String context,
        List<String> keyIssues,
        List<SefAreaDto> areas,
        List<SefPriorityDto> priorities,
        List<SefEntryDto> entries,
        int unanswered) {
}

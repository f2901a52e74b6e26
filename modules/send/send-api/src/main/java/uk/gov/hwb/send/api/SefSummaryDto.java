package uk.gov.hwb.send.api;

import java.time.LocalDate;

/**
 * One SEF version in the list: {@code number} is the SEF's version number (1, 2, …), {@code version}
 * the optimistic-lock counter to send back with changes, as everywhere in the API.
 */
public record SefSummaryDto(
        int number,
        LocalDate date,
        SefStatus status,
        long version,
        LocalDate agreedOn,
        Long agreedMeetingId,
        Integer copiedFrom) {
}

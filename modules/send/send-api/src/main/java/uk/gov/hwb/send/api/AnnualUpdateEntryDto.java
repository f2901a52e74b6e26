package uk.gov.hwb.send.api;

import java.util.List;

/**
 * One recommendation's update for the year: its number and verbatim text, what we wanted, what we
 * did, the difference it made and the priority for the next year. {@code version} is null while
 * nothing has been written for it this year.
 */
public record AnnualUpdateEntryDto(
        long recommendationId,
        int recommendationNumber,
        String recommendation,
        String wanted,
        List<String> did,
        String difference,
        String priority,
        Long version) {
}

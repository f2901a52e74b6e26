package uk.gov.hwb.send.api;

import java.util.List;

/**
 * A recommendation's annual update as the SEND lead writes it: what we wanted, what we did (a list),
 * the difference it made and the priority for next year; {@code version} as read when it exists.
 */
public record AnnualUpdateEntry(Long recommendationId, String wanted, List<String> did, String difference, String priority, Long version) {
}

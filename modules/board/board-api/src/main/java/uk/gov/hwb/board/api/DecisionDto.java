package uk.gov.hwb.board.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A decision: a resolution with its meeting, body and item. {@code number} is "7.1" (item 7,
 * resolution 1). {@code text} ("Resolved: That …") is null and {@code withheld} true for
 * confidential business the viewer may not see; the public then have the exemption and the
 * {@code publicSummary}.
 */
public record DecisionDto(long id, long meetingId, LocalDate meetingDate, long bodyId, String bodyName, long itemId, int itemNumber,
                          String itemTitle, String number, boolean keyDecision, Part part, String exemptionLabel, String text,
                          String publicSummary, boolean withheld, MinutesStatus minutesStatus, OffsetDateTime recordedAt) {
}

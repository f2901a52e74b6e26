package uk.gov.hwb.board.api;

import java.time.OffsetDateTime;

/**
 * One published version of a meeting's agenda and papers. {@code warning} says why publication
 * was late when it happened after the deadline; {@code correctionReason} why a held meeting's
 * agenda was published again.
 */
public record PublicationDto(Long meetingId, int number, OffsetDateTime publishedAt, String publishedBy,
                             boolean pastDeadline, String warning, String correctionReason) {
}

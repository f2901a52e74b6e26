package uk.gov.hwb.board.control;

/**
 * Event: version {@code number} of a meeting's agenda and papers was published (fired inside the
 * transaction). It carries the number so observers running after the commit need not ask the
 * database which version is new.
 */
public record MeetingPublished(long meetingId, int number) {
}

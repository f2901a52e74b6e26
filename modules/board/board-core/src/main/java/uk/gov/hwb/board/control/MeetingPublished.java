package uk.gov.hwb.board.control;

/** Event: a new version of a meeting's agenda and papers was published (fired inside the transaction). */
public record MeetingPublished(long meetingId) {
}

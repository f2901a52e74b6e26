package uk.gov.hwb.board.control;

/** Event: resolutions of a meeting were recorded or changed (fired inside the transaction; the search index follows after commit). */
public record DecisionsRecorded(long meetingId) {
}

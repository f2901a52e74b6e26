package uk.gov.hwb.board.api;

/**
 * A pack build: {@code done} of {@code total} documents rendered so far; {@code progress} in
 * percent; {@code state} RUNNING, DONE or FAILED (with {@code message}).
 */
public record PackJobDto(String id, long meetingId, int publicationNumber, PackJobState state, int done, int total, int progress, String message) {
}

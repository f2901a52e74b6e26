package uk.gov.hwb.board.api;

import jakarta.validation.constraints.Size;

/**
 * A request to publish a meeting's agenda and papers as a new version. Once the meeting has been
 * held, publishing again is a correction: it needs {@code correctionReason}, which the version
 * keeps and the public page shows.
 */
public record PublishAgenda(@Size(max = 1000) String correctionReason) {

    /** An ordinary publication, before the meeting. */
    public static PublishAgenda ordinary() {
        return new PublishAgenda(null);
    }
}

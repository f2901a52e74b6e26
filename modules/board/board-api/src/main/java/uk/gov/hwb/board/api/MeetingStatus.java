package uk.gov.hwb.board.api;

import java.util.Set;

/**
 * Where a meeting is in its life: Draft, then Published (agenda public), Held, Minutes approved.
 * It may be Cancelled at any point before its minutes are approved, with a reason.
 */
public enum MeetingStatus {
    DRAFT, PUBLISHED, HELD, MINUTES_APPROVED, CANCELLED;

    /** In words, e.g. "Minutes approved". */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The statuses a meeting may move to from this one. */
    public Set<MeetingStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> Set.of(HELD, CANCELLED);
            case HELD -> Set.of(MINUTES_APPROVED, CANCELLED);
            case MINUTES_APPROVED, CANCELLED -> Set.of();
        };
    }
}

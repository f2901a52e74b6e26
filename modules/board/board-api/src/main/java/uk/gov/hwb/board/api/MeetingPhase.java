package uk.gov.hwb.board.api;

/**
 * Where a meeting stands, worked out from its facts (its recorded status, its date and time, and
 * its published versions), so a status, a deadline message and a list of versions can never
 * contradict each other. {@link MeetingStatus} is what was recorded; this is what is true.
 */
public enum MeetingPhase {
    /** Arranged by democratic services, not yet announced to the public. */
    DRAFT("Draft (not announced)"),
    /** Announced, but its agenda has not been published. */
    ANNOUNCED("Agenda not yet published"),
    /** Its agenda is published and the meeting is still to come. */
    PUBLISHED("Agenda published"),
    /** Its time has passed. */
    HELD("Held"),
    /** Held, and its minutes have been approved. */
    MINUTES_APPROVED("Minutes approved"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingPhase(String label) {
        this.label = label;
    }

    /** In words, for people: "Agenda published". */
    public String label() {
        return label;
    }
}

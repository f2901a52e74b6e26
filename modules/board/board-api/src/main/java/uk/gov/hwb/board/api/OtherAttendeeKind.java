package uk.gov.hwb.board.api;

/** Someone at a meeting who is not a member: an officer supporting it, or anyone else in attendance. */
public enum OtherAttendeeKind {
    OFFICER("Officer in attendance"),
    OTHER("Also in attendance");

    private final String label;

    OtherAttendeeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

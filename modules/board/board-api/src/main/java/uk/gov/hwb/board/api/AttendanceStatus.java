package uk.gov.hwb.board.api;

/** What a member did about a meeting: came, sent apologies, was absent, or sent a deputy in their place. */
public enum AttendanceStatus {
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    ABSENT("Absent"),
    SUBSTITUTED("Substituted");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

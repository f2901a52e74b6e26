package uk.gov.hwb.board.api;

/** Where an action arising from a meeting is: carried to each next meeting's action log until done or withdrawn. */
public enum ActionStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Done and withdrawn actions leave the log. */
    public boolean closed() {
        return this == DONE || this == WITHDRAWN;
    }
}

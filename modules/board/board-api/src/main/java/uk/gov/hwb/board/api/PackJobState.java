package uk.gov.hwb.board.api;

/** Where a pack build is: still running, done (the packs are stored), or failed (with a message). */
public enum PackJobState {
    RUNNING("Building"), DONE("Ready"), FAILED("Failed");

    private final String label;

    PackJobState(String label) {
        this.label = label;
    }

    /** In words, for people: "Building", "Ready", "Failed". */
    public String label() {
        return label;
    }
}

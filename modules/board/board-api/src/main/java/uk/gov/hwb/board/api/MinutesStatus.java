package uk.gov.hwb.board.api;

/** Minutes are a draft until a later meeting of the same body resolves that they are a correct record. */
public enum MinutesStatus {
    DRAFT("Draft – to be approved at the next meeting"),
    APPROVED("Approved");

    private final String label;

    MinutesStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

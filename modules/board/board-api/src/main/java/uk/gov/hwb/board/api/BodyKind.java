package uk.gov.hwb.board.api;

/** What sort of body meets: a statutory board, a partnership group, or a sub-group of either. */
public enum BodyKind {
    BOARD("Board"),
    PARTNERSHIP_GROUP("Partnership group"),
    SUB_GROUP("Sub-group");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

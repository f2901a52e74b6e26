package uk.gov.hwb.board.api;

/** What the body is asked to do with an item. */
public enum ItemPurpose {
    FOR_DECISION("For decision"),
    FOR_INFORMATION("For information"),
    FOR_NOTING("For noting");

    private final String label;

    ItemPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

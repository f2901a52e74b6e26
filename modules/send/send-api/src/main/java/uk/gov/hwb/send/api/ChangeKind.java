package uk.gov.hwb.send.api;

/** How an entry differs between two SEF versions. */
public enum ChangeKind {
    ADDED("Added"),
    CHANGED("Changed"),
    REMOVED("Removed");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

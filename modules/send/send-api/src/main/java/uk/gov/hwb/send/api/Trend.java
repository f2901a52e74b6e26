package uk.gov.hwb.send.api;

/** How a metric moved from its previous period to its latest, judged by its polarity (up or down where it has none). */
public enum Trend {
    IMPROVING("Improving"),
    WORSENING("Worsening"),
    STABLE("Stable"),
    UP("Up"),
    DOWN("Down"),
    NO_CHANGE("No change"),
    NOT_ENOUGH_DATA("Only one period");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.gov.hwb.send.api;

/** Where in a SEF version an entry or a change sits. */
public enum SefSection {
    DATE("Date"),
    CONTEXT("Part A: context"),
    KEY_ISSUE("Part A: key issue"),
    AREA("Part B: evaluation area"),
    DO_WELL("Part B: what we do well"),
    IMPACT("Part B: impact on outcomes"),
    IMPROVE("Part B: what do we need to do to improve"),
    PRIORITY("Part C: priority");

    private final String label;

    SefSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

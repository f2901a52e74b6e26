package uk.gov.hwb.board.api;

/** What a dispensation (Localism Act 2011, s.33) lets a member with a disclosable pecuniary interest do. */
public enum DispensationScope {
    DISCUSSION("take part in the discussion"),
    DISCUSSION_AND_VOTE("take part in the discussion and vote");

    private final String label;

    DispensationScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

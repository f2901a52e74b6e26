package uk.gov.hwb.board.api;

/** How a member voted, when votes are recorded by name. */
public enum VoteCast {
    FOR("For"),
    AGAINST("Against"),
    ABSTAINED("Abstained");

    private final String label;

    VoteCast(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

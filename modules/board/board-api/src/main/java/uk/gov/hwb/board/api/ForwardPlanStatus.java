package uk.gov.hwb.board.api;

/** A forward plan entry is planned until the decision is taken, or withdrawn. */
public enum ForwardPlanStatus {
    PLANNED("Planned"),
    TAKEN("Decision taken"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ForwardPlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.gov.hwb.board.api;

/**
 * Where a report is in its approval chain: written (draft), sent for approval (submitted),
 * approved by the executive director, cleared by legal and finance, and ready to publish.
 */
public enum ReportStatus {
    DRAFT("Draft"), SUBMITTED("Submitted for approval"), APPROVED("Approved by the executive director"),
    CLEARED("Cleared by legal and finance"), READY("Ready to publish");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    /** In words, for people: "Ready to publish". */
    public String label() {
        return label;
    }
}

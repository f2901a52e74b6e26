package uk.gov.hwb.board.api;

/** A step along a report's approval chain, each recorded with who took it and when. */
public enum ReportAction {
    /** Draft to submitted: the author sends it for approval. */
    SUBMIT("Submitted for approval", "Submit for approval"),
    /** Submitted to approved: the executive director's approval (recorded by them or democratic services). */
    APPROVE("Approved by the executive director", "Record executive director's approval"),
    /** Legal clearance; with finance clearance the report becomes cleared. */
    CLEAR_LEGAL("Cleared by legal", "Record legal clearance"),
    /** Finance clearance; with legal clearance the report becomes cleared. */
    CLEAR_FINANCE("Cleared by finance", "Record finance clearance"),
    /** Cleared to ready: democratic services accept it for publication. */
    MARK_READY("Marked ready to publish", "Mark ready to publish"),
    /** Back to draft from any later step, with a comment saying why; clearances are withdrawn. */
    RETURN_TO_DRAFT("Returned to draft", "Return to draft");

    private final String label;
    private final String command;

    ReportAction(String label, String command) {
        this.label = label;
        this.command = command;
    }

    /** What happened, in words, for the approval history: "Cleared by legal". */
    public String label() {
        return label;
    }

    /** What a button that takes this step says: "Record legal clearance". */
    public String command() {
        return command;
    }
}

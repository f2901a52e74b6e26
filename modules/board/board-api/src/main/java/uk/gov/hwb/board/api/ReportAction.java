package uk.gov.hwb.board.api;

/** A step along a report's approval chain, each recorded with who took it and when. */
public enum ReportAction {
    /** Draft to submitted: the author sends it for approval. */
    SUBMIT,
    /** Submitted to approved: the executive director's approval (recorded by them or democratic services). */
    APPROVE,
    /** Legal clearance; with finance clearance the report becomes cleared. */
    CLEAR_LEGAL,
    /** Finance clearance; with legal clearance the report becomes cleared. */
    CLEAR_FINANCE,
    /** Cleared to ready: democratic services accept it for publication. */
    MARK_READY,
    /** Back to draft from any later step, with a comment saying why; clearances are withdrawn. */
    RETURN_TO_DRAFT
}

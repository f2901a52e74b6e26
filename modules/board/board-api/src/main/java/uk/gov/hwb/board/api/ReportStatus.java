package uk.gov.hwb.board.api;

/**
 * Where a report is in its approval chain: written (draft), sent for approval (submitted),
 * approved by the executive director, cleared by legal and finance, and ready to publish.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, APPROVED, CLEARED, READY
}

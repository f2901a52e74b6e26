package uk.gov.hwb.platform.audit;

/** What happened to an audited entity. */
public enum AuditAction {
    CREATED, UPDATED, DELETED
}

package uk.gov.hwb.platform.audit;

/** What happened to an audited entity; or, for entity "SignIn", a refused sign-in (the id is the username tried). */
public enum AuditAction {
    CREATED, UPDATED, DELETED, SIGN_IN_FAILED
}

/**
 * The audit log: who changed what, when, from what to what.
 *
 * <ul>
 *   <li><b>Writing</b> is automatic: mark a JPA entity {@link uk.gov.hwb.platform.audit.Audited} and
 *       register {@link uk.gov.hwb.platform.audit.AuditInterceptor} on the module's persistence unit.
 *       Secrets are {@code masked} (logged as changed, without values); fields that are copies of
 *       other records, such as a publication's frozen snapshot, are {@code ignored} (never logged).
 *       A change is a change of value: the same instant written in another offset, or 1.50 for 1.5,
 *       is no change.</li>
 *   <li><b>Reading</b> goes through {@link uk.gov.hwb.platform.audit.AuditLog} with the viewer, and
 *       shows each entry only to those who may see the record it is about. The kernel knows no
 *       domain rules, so each module implements {@link uk.gov.hwb.platform.audit.AuditVisibility}
 *       for the entity types it owns (board: bodies, meetings, agenda items, reports, appendices,
 *       publications; the platform: people, organisations, bank holidays, user accounts). A type no
 *       module claims (for example failed sign-ins) is for democratic services and administrators
 *       only. A new module that audits an entity must implement the SPI for it, or its history stays
 *       with the clerks.</li>
 * </ul>
 */
package uk.gov.hwb.platform.audit;

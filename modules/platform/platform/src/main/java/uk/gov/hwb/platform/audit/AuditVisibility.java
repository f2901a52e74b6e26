package uk.gov.hwb.platform.audit;

import java.util.Set;
import uk.gov.hwb.platform.security.Viewer;

/**
 * A module's answer to "may this viewer see the history of these records?" for the audited entity
 * types it owns. The audit log shows an entry only to those who may see the record it is about:
 * democratic services and administrators see every entry (implementations are never asked about
 * them); everyone else sees the entries of the records their module lets them read. An entity
 * type no module claims is shown to democratic services and administrators only.
 *
 * <p>Implement it as a CDI bean in the module's core ({@code …control}), for example:
 * <pre>{@code
 * @ApplicationScoped
 * public class SchemeAuditVisibility implements AuditVisibility {
 *     public Set<String> entityTypes() { return Set.of("Scheme", "SchemeSpend"); }
 *     public boolean seesAll(String type, Viewer viewer) { return viewer.hasAny(Role.FINANCE); }
 *     public Set<String> visible(String type, Set<String> ids, Viewer viewer) { return Set.of(); }
 * }
 * }</pre>
 * The audit facade finds every implementation with CDI and asks each once per entity type and
 * request, with all the ids of that type the query touches — so answer with one query, never one
 * per id. Ids are the audit log's text form of the entity id; ids of records since deleted are
 * included: answer "not visible" for anything you cannot find, so the history of a deleted
 * confidential record stays hidden.
 */
public interface AuditVisibility {

    /** The entity types, as named in the audit log ({@link Audited#value()} or the class's simple name), this module decides for. */
    Set<String> entityTypes();

    /**
     * Whether the viewer may see the history of every record of this type (public things such as
     * bank holidays); then {@link #visible} is not asked. Default: no.
     */
    default boolean seesAll(String entityType, Viewer viewer) {
        return false;
    }

    /** Of these records of one type, those whose history the viewer may see (never null). */
    Set<String> visible(String entityType, Set<String> entityIds, Viewer viewer);
}

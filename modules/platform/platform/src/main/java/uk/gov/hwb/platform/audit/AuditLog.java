package uk.gov.hwb.platform.audit;

import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/** Reads the audit log; entries are written by {@link AuditInterceptor} (and the sign-in guard, for refused sign-ins). */
public interface AuditLog {

    /**
     * The entries the viewer may see ({@link AuditVisibility}), newest first, optionally narrowed to
     * one entity type, one entity id and one user. Blank filters match everything; the total counts
     * only what the viewer may see.
     */
    Page<AuditEntryDto> entries(String entity, String entityId, String username, Viewer viewer, PageRequest page);
}

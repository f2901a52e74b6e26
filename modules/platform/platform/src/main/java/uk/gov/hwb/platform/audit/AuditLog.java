package uk.gov.hwb.platform.audit;

import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;

/** Reads the audit log; entries are only ever written by {@link AuditInterceptor}. */
public interface AuditLog {

    /**
     * Entries newest first, optionally narrowed to one entity type, one entity id and one user.
     * Blank filters match everything.
     */
    Page<AuditEntryDto> entries(String entity, String entityId, String username, PageRequest page);
}

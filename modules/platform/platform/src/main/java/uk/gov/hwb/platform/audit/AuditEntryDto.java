package uk.gov.hwb.platform.audit;

import java.time.OffsetDateTime;

/** One audited change of one field (or the creation or deletion of a whole entity). */
public record AuditEntryDto(
        long id,
        OffsetDateTime at,
        String username,
        String entity,
        String entityId,
        AuditAction action,
        String field,
        String oldValue,
        String newValue) {
}

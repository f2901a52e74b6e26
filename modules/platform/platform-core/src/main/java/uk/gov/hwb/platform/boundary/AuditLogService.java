package uk.gov.hwb.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import uk.gov.hwb.platform.calendar.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.hwb.platform.audit.AuditEntryDto;
import uk.gov.hwb.platform.audit.AuditLog;
import uk.gov.hwb.platform.entity.AuditEntry;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;

/** Reads the audit log, newest first, with times in Europe/London. */
@Stateless
public class AuditLogService implements AuditLog {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public Page<AuditEntryDto> entries(String entity, String entityId, String username, PageRequest page) {
        Map<String, String> filters = new LinkedHashMap<>();
        putIfPresent(filters, "entity", entity);
        putIfPresent(filters, "entityId", entityId);
        putIfPresent(filters, "username", username);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        filters.keySet().forEach(f -> where.append(" and a.").append(f).append(" = :").append(f));

        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        TypedQuery<AuditEntry> list = em.createQuery("select a from AuditEntry a" + where + " order by a.at desc, a.id desc", AuditEntry.class);
        filters.forEach((name, value) -> {
            count.setParameter(name, value);
            list.setParameter(name, value);
        });
        return new Page<>(list.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(AuditLogService::toDto).toList(), count.getSingleResult(), page.offset(), page.limit());
    }

    private static void putIfPresent(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }

    private static AuditEntryDto toDto(AuditEntry a) {
        return new AuditEntryDto(a.getId(), a.getAt().atZoneSameInstant(Calendar.ZONE).toOffsetDateTime(), a.getUsername(),
                a.getEntity(), a.getEntityId(), a.getAction(), a.getField(), a.getOldValue(), a.getNewValue());
    }
}

package uk.gov.hwb.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.hwb.platform.audit.AuditEntryDto;
import uk.gov.hwb.platform.audit.AuditLog;
import uk.gov.hwb.platform.audit.AuditVisibility;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.entity.AuditEntry;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Reads the audit log, newest first, with times in Europe/London, showing each viewer only the
 * entries about records they may see.
 *
 * <p>Democratic services and administrators see everything. For anyone else the visible part of
 * the log is worked out in the database, so paging and totals stay exact: each entity type is
 * either shown whole (its module says the viewer {@linkplain AuditVisibility#seesAll sees all}),
 * hidden (no module claims it, or none of its records is visible), or narrowed to the ids its
 * module allows — asked once per type with every distinct id the query touches, and written into
 * the query as the shorter of the allowed and the refused ids. A request costs one query for the
 * types present, one per narrowed type for its ids, one per module answer, a count and a page.
 */
@Stateless
public class AuditLogService implements AuditLog {

    /** Keeps each IN list within what every database accepts. */
    private static final int IN_CHUNK = 1000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    @Any
    Instance<AuditVisibility> visibilities;

    /** What part of one entity type's entries a viewer sees. */
    private record Scope(String type, boolean all, List<String> allowed, List<String> refused) {
    }

    @Override
    public Page<AuditEntryDto> entries(String entity, String entityId, String username, Viewer viewer, PageRequest page) {
        Map<String, String> filters = new LinkedHashMap<>();
        putIfPresent(filters, "entity", entity);
        putIfPresent(filters, "entityId", entityId);
        putIfPresent(filters, "username", username);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        filters.keySet().forEach(f -> where.append(" and a.").append(f).append(" = :").append(f));
        Map<String, Object> parameters = new LinkedHashMap<>(filters);

        if (!viewer.isClerk()) {
            List<Scope> scopes = scopes(where.toString(), filters, viewer);
            if (scopes.isEmpty()) {
                return new Page<>(List.of(), 0, page.offset(), page.limit());
            }
            where.append(" and (").append(visibleClause(scopes, parameters)).append(")");
        }

        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        TypedQuery<AuditEntry> list = em.createQuery("select a from AuditEntry a" + where + " order by a.at desc, a.id desc", AuditEntry.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            list.setParameter(name, value);
        });
        return new Page<>(list.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(AuditLogService::toDto).toList(), count.getSingleResult(), page.offset(), page.limit());
    }

    /** For each entity type in the filtered log, what this viewer sees of it; types they see nothing of are left out. */
    private List<Scope> scopes(String where, Map<String, String> filters, Viewer viewer) {
        TypedQuery<String> types = em.createQuery("select distinct a.entity from AuditEntry a" + where, String.class);
        filters.forEach(types::setParameter);
        List<Scope> scopes = new ArrayList<>();
        for (String type : types.getResultList()) {
            Optional<AuditVisibility> rule = ruleFor(type);
            if (rule.isEmpty()) {
                continue; // no module claims it: democratic services and administrators only
            }
            if (rule.get().seesAll(type, viewer)) {
                scopes.add(new Scope(type, true, List.of(), List.of()));
                continue;
            }
            TypedQuery<String> ids = em.createQuery("select distinct a.entityId from AuditEntry a" + where + " and a.entity = :scopeType",
                    String.class);
            filters.forEach(ids::setParameter);
            Set<String> present = new HashSet<>(ids.setParameter("scopeType", type).getResultList());
            Set<String> visible = new HashSet<>(rule.get().visible(type, Set.copyOf(present), viewer));
            visible.retainAll(present);
            if (visible.isEmpty()) {
                continue;
            }
            if (visible.size() == present.size()) {
                scopes.add(new Scope(type, true, List.of(), List.of()));
            } else if (visible.size() <= present.size() - visible.size()) {
                scopes.add(new Scope(type, false, List.copyOf(visible), List.of()));
            } else {
                present.removeAll(visible);
                scopes.add(new Scope(type, false, List.of(), List.copyOf(present)));
            }
        }
        return scopes;
    }

    private Optional<AuditVisibility> ruleFor(String type) {
        return visibilities.stream().filter(v -> v.entityTypes().contains(type)).findFirst();
    }

    /** "(entity = t1) or (entity = t2 and entityId in (…)) or (entity = t3 and entityId not in (…))", with its parameters. */
    private static String visibleClause(List<Scope> scopes, Map<String, Object> parameters) {
        List<String> alternatives = new ArrayList<>();
        int n = 0;
        for (Scope scope : scopes) {
            String type = "vt" + n++;
            parameters.put(type, scope.type());
            StringBuilder clause = new StringBuilder("(a.entity = :").append(type);
            if (!scope.all()) {
                boolean allow = !scope.allowed().isEmpty();
                List<String> ids = allow ? scope.allowed() : scope.refused();
                List<String> parts = new ArrayList<>();
                for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                    String name = "vi" + n++;
                    parameters.put(name, ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)));
                    parts.add("a.entityId " + (allow ? "in" : "not in") + " :" + name);
                }
                clause.append(" and (").append(String.join(allow ? " or " : " and ", parts)).append(")");
            }
            alternatives.add(clause.append(")").toString());
        }
        return String.join(" or ", alternatives);
    }

    private static void putIfPresent(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }

    private static AuditEntryDto toDto(AuditEntry a) {
        return new AuditEntryDto(a.getId(), a.getAt().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime(), a.getUsername(),
                a.getEntity(), a.getEntityId(), a.getAction(), a.getField(), a.getOldValue(), a.getNewValue());
    }
}

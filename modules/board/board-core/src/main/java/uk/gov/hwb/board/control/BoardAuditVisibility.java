package uk.gov.hwb.board.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.hwb.platform.audit.AuditVisibility;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Who sees the history of the board's records (democratic services and administrators always see
 * it; they are never asked about here). The history of a record shows its content as it was
 * being written, so it follows who may read the <em>live</em> record, not a published copy:
 *
 * <ul>
 *   <li>bodies, memberships and publications (without their frozen snapshot, which is not
 *       audited): everyone signed in, as the public pages show them;</li>
 *   <li>meetings: once announced (not drafts);</li>
 *   <li>agenda items: of announced meetings, Part 1 items for everyone signed in and Part 2 items
 *       for current members of the body (the reason for urgency of confidential business stays with
 *       them);</li>
 *   <li>reports and their appendices: their author only — everyone else reads the published
 *       version, never the drafts and changes in between, which may hold what was left out.</li>
 * </ul>
 * Records that no longer exist (a removed agenda item) are not visible.
 */
@ApplicationScoped
public class BoardAuditVisibility implements AuditVisibility {

    private static final int CHUNK = 1000;
    private static final Set<String> OPEN = Set.of("Body", "Membership", "Publication");

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    CurrentMembers members;

    @Override
    public Set<String> entityTypes() {
        return Set.of("Body", "Membership", "Publication", "Meeting", "AgendaItem", "Report", "Appendix");
    }

    @Override
    public boolean seesAll(String entityType, Viewer viewer) {
        return viewer.isSignedIn() && OPEN.contains(entityType);
    }

    @Override
    public Set<String> visible(String entityType, Set<String> entityIds, Viewer viewer) {
        if (!viewer.isSignedIn()) {
            return Set.of();
        }
        List<Long> ids = entityIds.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
        Set<String> visible = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<Long> found = switch (entityType) {
                case "Meeting" -> em.createQuery("select m.id from Meeting m where m.id in :ids and m.status <> 'DRAFT'", Long.class)
                        .setParameter("ids", chunk).getResultList();
                case "AgendaItem" -> agendaItems(chunk, viewer);
                case "Report" -> em.createQuery("select r.id from Report r where r.id in :ids and r.owner = :u", Long.class)
                        .setParameter("ids", chunk).setParameter("u", viewer.username()).getResultList();
                case "Appendix" -> em.createQuery("select a.id from Appendix a where a.id in :ids and a.report.owner = :u", Long.class)
                        .setParameter("ids", chunk).setParameter("u", viewer.username()).getResultList();
                default -> List.of();
            };
            found.forEach(id -> visible.add(String.valueOf(id)));
        }
        return visible;
    }

    private List<Long> agendaItems(List<Long> ids, Viewer viewer) {
        List<Long> bodies = new ArrayList<>(members.bodiesOf(viewer));
        bodies.add(-1L); // never empty: an empty IN list is not portable SQL
        return em.createQuery("select i.id from AgendaItem i join i.meeting m where i.id in :ids and m.status <> 'DRAFT'"
                        + " and (i.part = 'PART_1' or m.body.id in :bodies)", Long.class)
                .setParameter("ids", ids).setParameter("bodies", bodies).getResultList();
    }
}

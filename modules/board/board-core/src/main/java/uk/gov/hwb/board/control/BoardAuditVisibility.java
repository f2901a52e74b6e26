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
 *   <li>the forward plan: everyone signed in (it is published whole, Part 2 matters included, by law);</li>
 *   <li>attendance and the minutes' status: of announced meetings, everyone signed in;</li>
 *   <li>minutes of items, resolutions, named votes and actions arising: of announced meetings, as
 *       their item (Part 2 for current members of the body only; the text itself is masked in the log);</li>
 *   <li>declarations of interest: as their item, except sensitive interests (Localism Act 2011 s.32),
 *       whose history stays with democratic services.</li>
 * </ul>
 * Records that no longer exist (a removed agenda item) are not visible.
 */
@ApplicationScoped
public class BoardAuditVisibility implements AuditVisibility {

    private static final int CHUNK = 1000;
    private static final Set<String> OPEN = Set.of("Body", "Membership", "Publication", "ForwardPlanEntry");

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    CurrentMembers members;

    @Override
    public Set<String> entityTypes() {
        return Set.of("Body", "Membership", "Publication", "Meeting", "AgendaItem", "Report", "Appendix", "ForwardPlanEntry",
                "Attendance", "AttendanceEntry", "Minutes", "ItemMinute", "Resolution", "NamedVote", "Action", "Declaration");
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
                case "Attendance" -> em.createQuery("select a.id from AttendanceRecord a where a.id in :ids and a.meeting.status <> 'DRAFT'",
                        Long.class).setParameter("ids", chunk).getResultList();
                case "AttendanceEntry" -> em.createQuery("select e.id from AttendanceEntry e where e.id in :ids"
                        + " and e.attendance.meeting.status <> 'DRAFT'", Long.class).setParameter("ids", chunk).getResultList();
                case "Minutes" -> em.createQuery("select n.id from MeetingMinutes n where n.id in :ids and n.meeting.status <> 'DRAFT'",
                        Long.class).setParameter("ids", chunk).getResultList();
                case "ItemMinute" -> ofItems("select x.id from ItemMinute x join x.item i join x.meeting m", "", chunk, viewer);
                case "Resolution" -> ofItems("select x.id from Resolution x join x.item i join x.meeting m", "", chunk, viewer);
                case "NamedVote" -> ofItems("select x.id from NamedVote x join x.minute n join n.item i join n.meeting m", "", chunk, viewer);
                case "Action" -> ofItems("select x.id from ActionItem x left join x.item i join x.meeting m", "", chunk, viewer);
                case "Declaration" -> ofItems("select x.id from Declaration x join x.item i join x.meeting m", " and x.sensitive = false", chunk, viewer);
                default -> List.of();
            };
            found.forEach(id -> visible.add(String.valueOf(id)));
        }
        return visible;
    }

    /**
     * Records that belong to an agenda item (or to none, for an action): of announced meetings, Part 1
     * for everyone signed in, Part 2 for current members of the body.
     */
    private List<Long> ofItems(String select, String condition, List<Long> ids, Viewer viewer) {
        List<Long> bodies = new ArrayList<>(members.bodiesOf(viewer));
        bodies.add(-1L);
        return em.createQuery(select + " where x.id in :ids and m.status <> 'DRAFT'"
                        + " and (i is null or i.part = 'PART_1' or m.body.id in :bodies)" + condition, Long.class)
                .setParameter("ids", ids).setParameter("bodies", bodies).getResultList();
    }

    private List<Long> agendaItems(List<Long> ids, Viewer viewer) {
        List<Long> bodies = new ArrayList<>(members.bodiesOf(viewer));
        bodies.add(-1L); // never empty: an empty IN list is not portable SQL
        return em.createQuery("select i.id from AgendaItem i join i.meeting m where i.id in :ids and m.status <> 'DRAFT'"
                        + " and (i.part = 'PART_1' or m.body.id in :bodies)", Long.class)
                .setParameter("ids", ids).setParameter("bodies", bodies).getResultList();
    }
}

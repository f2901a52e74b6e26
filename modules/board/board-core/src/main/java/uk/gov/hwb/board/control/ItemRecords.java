package uk.gov.hwb.board.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.platform.problem.RefusedException;

/**
 * What the record of a meeting holds about an agenda item (its minute, resolutions, declarations,
 * actions): an item that was minuted stays on the agenda. A forward plan entry linked to a removed
 * item is unlinked.
 */
@Dependent
public class ItemRecords {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    /** Whether the item has a minute, resolutions, declarations or actions. */
    public boolean minuted(AgendaItem item) {
        return count("select count(m) from ItemMinute m where m.item = :i", item)
                + count("select count(r) from Resolution r where r.item = :i", item)
                + count("select count(d) from Declaration d where d.item = :i", item)
                + count("select count(a) from ActionItem a where a.item = :i", item) > 0;
    }

    /** A minuted item keeps its Part: what was published of its record depends on it. */
    public void requireSamePart(AgendaItem item, uk.gov.hwb.board.api.Part part, Integer paragraph) {
        if ((item.getPart() != part || !java.util.Objects.equals(item.getExemptParagraph(), paragraph)) && minuted(item)) {
            throw RefusedException.conflict("item-minuted", "Item " + item.getPosition() + " '" + item.getTitle()
                    + "' has been minuted: whether it is confidential (and under which paragraph) no longer changes.");
        }
    }

    public void requireRemovable(AgendaItem item) {
        if (minuted(item)) {
            throw RefusedException.conflict("item-minuted", "Item " + item.getPosition() + " '" + item.getTitle()
                    + "' has a minute, resolutions, declarations or actions recorded: it stays on the agenda as the record of the meeting.");
        }
        em.createQuery("select e from ForwardPlanEntry e where e.item = :i", uk.gov.hwb.board.entity.ForwardPlanEntry.class).setParameter("i", item)
                .getResultList().forEach(e -> e.setItem(null));
    }

    private long count(String query, AgendaItem item) {
        return em.createQuery(query, Long.class).setParameter("i", item).getSingleResult();
    }
}

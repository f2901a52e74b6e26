package uk.gov.hwb.board.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.ForwardPlanEntry;

/**
 * Whether a key decision on an agenda item may be taken on its meeting's day (see
 * {@link KeyDecisionRules}): only for items of executive bodies flagged as key decisions; the
 * forward plan entry linked to the item gives the notice date and any exception recorded.
 */
@Dependent
public class KeyDecisionChecks {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    /** The forward plan entry the item's decision is taken on, if one is linked. */
    public Optional<ForwardPlanEntry> entryFor(AgendaItem item) {
        return em.createQuery("select e from ForwardPlanEntry e where e.item = :i order by e.id", ForwardPlanEntry.class)
                .setParameter("i", item).setMaxResults(1).getResultStream().findFirst();
    }

    /** Why the key decision cannot be taken at the item's meeting, if it cannot; empty when it can or the rules do not apply. */
    public Optional<String> problem(AgendaItem item) {
        if (!item.isKeyDecision() || !item.getMeeting().getBody().isExecutive()) {
            return Optional.empty();
        }
        var day = item.getMeeting().getStart().atZoneSameInstant(uk.gov.hwb.platform.calendar.CouncilCalendar.ZONE).toLocalDate();
        ForwardPlanEntry entry = entryFor(item).orElse(null);
        KeyDecisionRules.Assessment assessment = entry == null ? KeyDecisionRules.assess(day, null, null, null)
                : KeyDecisionRules.assess(day, entry.getNoticeDate(), exception(entry), urgency(entry));
        return assessment.allowed() ? Optional.empty() : Optional.of("Item " + item.getPosition() + " '" + item.getTitle() + "': "
                + assessment.explanation());
    }

    public static KeyDecisionRules.GeneralException exception(ForwardPlanEntry e) {
        return e.getPublicNoticeOn() == null ? null : new KeyDecisionRules.GeneralException(e.getScrutinyChairInformedOn(), e.getPublicNoticeOn());
    }

    public static KeyDecisionRules.SpecialUrgency urgency(ForwardPlanEntry e) {
        return e.getUrgencyAgreedBy() == null ? null : new KeyDecisionRules.SpecialUrgency(e.getUrgencyAgreedBy(), e.getUrgencyAgreedOn());
    }
}

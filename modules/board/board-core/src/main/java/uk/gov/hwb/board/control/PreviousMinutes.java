package uk.gov.hwb.board.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import uk.gov.hwb.board.api.ItemPurpose;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.MinutesStatus;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.platform.calendar.CouncilCalendar;

/**
 * "Minutes of the previous meeting": when a body's next meeting is arranged, its agenda gets the
 * item on which the previous meeting's minutes are approved — once, when the meeting is created
 * (never again when it is republished). The previous meeting is the body's latest announced,
 * uncancelled meeting before the new one; the item is added if that meeting has taken place, its
 * minutes are not yet approved, and no other agenda already carries them.
 */
@Dependent
public class PreviousMinutes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @PersistenceContext(unitName = "board")
    EntityManager em;

    /** Adds the item to a newly created meeting's agenda, if the body has a previous meeting whose minutes await approval. */
    public Optional<AgendaItem> addTo(Meeting meeting) {
        Meeting previous = em.createQuery("select m from Meeting m where m.body = :b and m.start < :s and m.status <> :cancelled"
                        + " and m.status <> :draft order by m.start desc", Meeting.class)
                .setParameter("b", meeting.getBody()).setParameter("s", meeting.getStart())
                .setParameter("cancelled", MeetingStatus.CANCELLED).setParameter("draft", MeetingStatus.DRAFT)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (previous == null || previous.getStatus() == MeetingStatus.MINUTES_APPROVED
                || previous.getStart().isAfter(java.time.OffsetDateTime.now(CouncilCalendar.ZONE))) {
            return Optional.empty();
        }
        boolean approved = em.createQuery("select count(m) from MeetingMinutes m where m.meeting = :p and m.status = :approved", Long.class)
                .setParameter("p", previous).setParameter("approved", MinutesStatus.APPROVED).getSingleResult() > 0;
        boolean carried = em.createQuery("select count(i) from AgendaItem i where i.minutesOfMeetingId = :p", Long.class)
                .setParameter("p", previous.getId()).getSingleResult() > 0;
        if (approved || carried) {
            return Optional.empty();
        }
        long items = em.createQuery("select count(i) from AgendaItem i where i.meeting = :m", Long.class).setParameter("m", meeting).getSingleResult();
        AgendaItem item = new AgendaItem(meeting, (int) items + 1);
        item.setTitle(title(previous));
        item.setPurpose(ItemPurpose.FOR_DECISION);
        item.setPart(Part.PART_1);
        item.setMinutesOfMeetingId(previous.getId());
        em.persist(item);
        return Optional.of(item);
    }

    /** "Minutes of the meeting held on Tuesday 10 December 2024". */
    public static String title(Meeting previous) {
        return "Minutes of the meeting held on " + DAY.format(previous.getStart().atZoneSameInstant(CouncilCalendar.ZONE));
    }
}

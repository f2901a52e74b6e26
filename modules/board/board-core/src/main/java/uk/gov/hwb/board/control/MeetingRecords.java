package uk.gov.hwb.board.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.MembershipRole;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.MeetingMinutes;
import uk.gov.hwb.board.entity.Membership;
import uk.gov.hwb.board.entity.Report;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.RefusedException;
import uk.gov.hwb.platform.security.Viewer;

/**
 * What the record of a meeting (attendance, declarations, minutes, actions) asks of the meeting
 * itself, in one place: whether the viewer may know of it, whether it can be minuted yet, its
 * expected members, its agenda and which of its items are confidential.
 */
@Dependent
public class MeetingRecords {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    CurrentMembers members;

    @Inject
    People people;

    public Meeting meeting(long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    /** A meeting the viewer may know about: drafts are not announced, so only democratic services see them. */
    public Meeting announced(long id, Viewer viewer) {
        Meeting meeting = meeting(id);
        if (meeting.getStatus() == MeetingStatus.DRAFT && !viewer.isClerk()) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    public void requireClerk(Viewer viewer, String what) {
        if (!viewer.isClerk()) {
            throw new ForbiddenException("Only democratic services " + what + ".");
        }
    }

    /**
     * A meeting whose record can be written: its agenda was published and it has started (a meeting
     * not yet held has no attendance, declarations or minutes), and it was not cancelled.
     */
    public Meeting held(long id) {
        Meeting meeting = meeting(id);
        if (meeting.getStatus() == MeetingStatus.DRAFT || meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw RefusedException.conflict("meeting-not-held", "This meeting is " + meeting.getStatus().label().toLowerCase()
                    + ": only a meeting whose agenda was published and which took place has attendance, declarations and minutes.");
        }
        if (meeting.getStart().isAfter(OffsetDateTime.now(CouncilCalendar.ZONE))) {
            throw RefusedException.conflict("meeting-not-held", "This meeting has not taken place yet (it starts "
                    + meeting.getStart().atZoneSameInstant(CouncilCalendar.ZONE).toLocalDateTime().toString().replace('T', ' ')
                    + "); its record is written once it has.");
        }
        return meeting;
    }

    /** Moves a published meeting to Held once its record is being written. */
    public void markHeld(Meeting meeting) {
        if (meeting.getStatus() == MeetingStatus.PUBLISHED) {
            meeting.setStatus(MeetingStatus.HELD);
        }
    }

    /** Refuses changes to the record of a meeting whose minutes are approved: they are the signed record. */
    public void requireMinutesOpen(Meeting meeting) {
        Optional<MeetingMinutes> minutes = minutes(meeting.getId());
        if (minutes.isPresent() && minutes.get().getStatus() == uk.gov.hwb.board.api.MinutesStatus.APPROVED) {
            throw RefusedException.conflict("minutes-approved", "The minutes of this meeting were approved as a correct record; its record"
                    + " no longer changes. A correction is minuted at a later meeting.");
        }
    }

    public Optional<MeetingMinutes> minutes(long meetingId) {
        return em.createQuery("select m from MeetingMinutes m where m.meeting.id = :m", MeetingMinutes.class)
                .setParameter("m", meetingId).getResultStream().findFirst();
    }

    public LocalDate day(Meeting meeting) {
        return meeting.getStart().atZoneSameInstant(CouncilCalendar.ZONE).toLocalDate();
    }

    /** The agenda in order. */
    public List<AgendaItem> agenda(long meetingId) {
        return em.createQuery("select i from AgendaItem i where i.meeting.id = :m order by i.position, i.id", AgendaItem.class)
                .setParameter("m", meetingId).getResultList();
    }

    public AgendaItem item(Meeting meeting, Long itemId, String field) {
        AgendaItem item = itemId == null ? null : em.find(AgendaItem.class, itemId);
        if (item == null || !item.getMeeting().getId().equals(meeting.getId())) {
            throw new uk.gov.hwb.platform.problem.InvalidInputException(field, "no item of this meeting's agenda has id " + itemId);
        }
        return item;
    }

    /** Memberships the meeting expects: current on its day, deputies excepted (they come only in someone's place). */
    public List<Membership> expected(Meeting meeting) {
        LocalDate day = day(meeting);
        return em.createQuery("select m from Membership m where m.body = :b and m.role <> :deputy and m.from <= :d and (m.to is null or m.to >= :d)"
                        + " order by m.role, m.from, m.id", Membership.class)
                .setParameter("b", meeting.getBody()).setParameter("deputy", MembershipRole.DEPUTY).setParameter("d", day).getResultList();
    }

    /** Every membership of the body current on the meeting's day, deputies included. */
    public List<Membership> seated(Meeting meeting) {
        LocalDate day = day(meeting);
        return em.createQuery("select m from Membership m where m.body = :b and m.from <= :d and (m.to is null or m.to >= :d)", Membership.class)
                .setParameter("b", meeting.getBody()).setParameter("d", day).getResultList();
    }

    /** Confidential business: a Part 2 item, or an item whose report is classified Part 2. */
    public boolean confidential(AgendaItem item) {
        return item.getPart() == Part.PART_2 || report(item).map(r -> r.getClassification() == Part.PART_2).orElse(false);
    }

    /** "Exempt – paragraph N" of a confidential item, from the item or its report. */
    public String exemptionLabel(AgendaItem item) {
        if (!confidential(item)) {
            return null;
        }
        Integer paragraph = item.getPart() == Part.PART_2 ? item.getExemptParagraph() : report(item).map(Report::getExemptParagraph).orElse(null);
        return AgendaRules.exemptionLabel(Part.PART_2, paragraph);
    }

    public Integer exemptParagraph(AgendaItem item) {
        return item.getPart() == Part.PART_2 ? item.getExemptParagraph() : report(item).map(Report::getExemptParagraph).orElse(null);
    }

    private Optional<Report> report(AgendaItem item) {
        return item.getReportId() == null ? Optional.empty() : Optional.ofNullable(em.find(Report.class, item.getReportId()));
    }

    public boolean seesConfidential(Meeting meeting, Viewer viewer) {
        return members.seesConfidential(meeting.getBody().getId(), viewer);
    }

    public String personName(Long personId) {
        return personId == null ? null : people.findPerson(personId).map(PersonDto::name).orElse("Person " + personId);
    }

    public boolean personExists(Long personId) {
        return personId != null && people.findPerson(personId).isPresent();
    }
}

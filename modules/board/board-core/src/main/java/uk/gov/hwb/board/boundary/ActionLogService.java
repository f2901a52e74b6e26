package uk.gov.hwb.board.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.board.api.ActionLog;
import uk.gov.hwb.board.api.ActionLogChanges;
import uk.gov.hwb.board.api.ActionLogEntryDto;
import uk.gov.hwb.board.api.ActionStatus;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.NewActionLogEntry;
import uk.gov.hwb.board.control.MeetingRecords;
import uk.gov.hwb.board.entity.ActionItem;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Actions arising from meetings and each meeting's action log: the actions raised at it, and those
 * raised at earlier meetings of the body still open on its day. Public to read; democratic services
 * keep it.
 */
@Stateless
@Facade
@LocalBean
@Local(ActionLog.class)
public class ActionLogService implements ActionLog {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Override
    public List<ActionLogEntryDto> actions(long meetingId, Viewer viewer) {
        Meeting meeting = records.announced(meetingId, viewer);
        return log(meeting, viewer, records.seesConfidential(meeting, viewer));
    }

    @Override
    public ActionLogEntryDto add(long meetingId, NewActionLogEntry input, Viewer viewer) {
        records.requireClerk(viewer, "record actions");
        Meeting meeting = records.held(meetingId);
        AgendaItem item = input.itemId() == null ? null : records.item(meeting, input.itemId(), "itemId");
        owner(input.ownerPersonId(), input.ownerName());
        ActionItem action = new ActionItem(meeting, item, input.description().strip());
        action.setOwnerPersonId(input.ownerPersonId());
        action.setOwnerName(blank(input.ownerName()) ? null : input.ownerName().strip());
        action.setDueDate(input.dueDate());
        em.persist(action);
        records.markHeld(meeting);
        em.flush();
        return toDto(action, meeting, true);
    }

    @Override
    public ActionLogEntryDto update(long meetingId, long actionId, ActionLogChanges input, Viewer viewer) {
        records.requireClerk(viewer, "update actions");
        Meeting meeting = records.meeting(meetingId);
        ActionItem action = em.find(ActionItem.class, actionId);
        if (action == null || log(meeting).stream().noneMatch(a -> a.getId().equals(actionId))) {
            throw new NotFoundException("Action " + actionId + " is not in the action log of meeting " + meetingId + ".");
        }
        Validations.requireVersion("Action " + actionId, input.version(), action.getVersion());
        owner(input.ownerPersonId(), input.ownerName());
        action.setDescription(input.description().strip());
        action.setOwnerPersonId(input.ownerPersonId());
        action.setOwnerName(blank(input.ownerName()) ? null : input.ownerName().strip());
        action.setDueDate(input.dueDate());
        action.setNote(blank(input.note()) ? null : input.note().strip());
        if (input.status().closed() && !action.getStatus().closed()) {
            action.setClosedOn(LocalDate.now(CouncilCalendar.ZONE));
        } else if (!input.status().closed()) {
            action.setClosedOn(null);
        }
        action.setStatus(input.status());
        em.flush();
        return toDto(action, meeting, true);
    }

    /** The meeting's action log as the viewer may see it: carried-forward actions first, then the meeting's own. */
    public List<ActionLogEntryDto> log(Meeting meeting, Viewer viewer, boolean seesConfidential) {
        return log(meeting).stream().map(a -> toDto(a, meeting, seesConfidential)).toList();
    }

    private List<ActionItem> log(Meeting meeting) {
        LocalDate day = records.day(meeting);
        List<ActionItem> carried = em.createQuery("select a from ActionItem a join a.meeting m where m.body = :b and m.start < :s"
                        + " and m.status <> :cancelled and (a.closedOn is null or a.closedOn >= :d) order by m.start, a.id", ActionItem.class)
                .setParameter("b", meeting.getBody()).setParameter("s", meeting.getStart()).setParameter("cancelled", MeetingStatus.CANCELLED)
                .setParameter("d", day).getResultList();
        List<ActionItem> log = new ArrayList<>(carried);
        log.addAll(em.createQuery("select a from ActionItem a where a.meeting = :m order by a.id", ActionItem.class)
                .setParameter("m", meeting).getResultList());
        return log;
    }

    private void owner(Long personId, String name) {
        if (personId != null && !records.personExists(personId)) {
            throw new InvalidInputException(List.of(new FieldError("ownerPersonId", "no person has id " + personId)));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private ActionLogEntryDto toDto(ActionItem a, Meeting logOf, boolean seesConfidential) {
        AgendaItem item = a.getItem();
        boolean withheld = item != null && records.confidential(item) && !seesConfidential;
        LocalDate raised = records.day(a.getMeeting());
        String owner = a.getOwnerPersonId() != null ? records.personName(a.getOwnerPersonId()) : a.getOwnerName();
        boolean overdue = !a.getStatus().closed() && a.getDueDate() != null && a.getDueDate().isBefore(LocalDate.now(CouncilCalendar.ZONE));
        return new ActionLogEntryDto(a.getId(), a.getMeeting().getId(), raised, item == null ? null : item.getId(),
                item == null ? null : item.getPosition(), item == null ? null : item.getTitle(),
                withheld ? null : a.getDescription(), withheld, a.getOwnerPersonId(), owner, a.getDueDate(), a.getStatus(),
                withheld ? null : a.getNote(), a.getClosedOn(), !a.getMeeting().getId().equals(logOf.getId()), overdue, a.getVersion());
    }
}

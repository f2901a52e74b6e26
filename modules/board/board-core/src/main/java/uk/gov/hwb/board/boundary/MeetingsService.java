package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.DeadlineDto;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.control.AgendaRules;
import uk.gov.hwb.board.control.ItemRecords;
import uk.gov.hwb.board.control.PreviousMinutes;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.Body;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.platform.calendar.Calendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;

/**
 * Meetings, their publication deadlines (from the platform's working-day calendar) and their
 * agendas. Times are stored as instants and shown in Europe/London.
 */
@Stateless
@Facade
public class MeetingsService implements Meetings {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Calendar calendar;

    @Inject
    People people;

    @Inject
    PreviousMinutes previousMinutes;

    @Inject
    ItemRecords itemRecords;

    @Override
    public Page<MeetingDto> meetings(Long bodyId, LocalDate from, LocalDate to, boolean includeDrafts, PageRequest page) {
        StringBuilder where = new StringBuilder(includeDrafts ? " where 1 = 1" : " where m.status <> uk.gov.hwb.board.api.MeetingStatus.DRAFT");
        if (bodyId != null) {
            where.append(" and m.body.id = :body");
        }
        if (from != null) {
            where.append(" and m.start >= :from");
        }
        if (to != null) {
            where.append(" and m.start < :to");
        }
        TypedQuery<Meeting> list = em.createQuery("select m from Meeting m join fetch m.body" + where + " order by m.start, m.id", Meeting.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from Meeting m" + where, Long.class);
        for (TypedQuery<?> query : List.of(list, count)) {
            if (bodyId != null) {
                query.setParameter("body", bodyId);
            }
            if (from != null) {
                query.setParameter("from", from.atStartOfDay(Calendar.ZONE).toOffsetDateTime());
            }
            if (to != null) {
                query.setParameter("to", to.plusDays(1).atStartOfDay(Calendar.ZONE).toOffsetDateTime());
            }
        }
        return new Page<>(list.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(this::toDto).toList(), count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    public MeetingDto meeting(long id) {
        return toDto(find(id));
    }

    @Override
    public MeetingDto add(MeetingDto input) {
        List<FieldError> errors = new ArrayList<>();
        Body body = body(input.bodyId(), errors);
        contactOfficer(input.contactOfficerId(), errors);
        if (input.status() != null && input.status() != MeetingStatus.DRAFT) {
            errors.add(new FieldError("status", "a new meeting starts as a draft"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Meeting meeting = new Meeting(body, input.start(), input.venue().strip());
        meeting.setContactOfficerId(input.contactOfficerId());
        em.persist(meeting);
        em.flush();
        previousMinutes.addTo(meeting);
        em.flush();
        return toDto(meeting);
    }

    @Override
    public MeetingDto update(long id, MeetingDto input) {
        Validations.requireValid(validator, input);
        Meeting meeting = find(id);
        Validations.requireVersion("Meeting " + id, input.version(), meeting.getVersion());
        List<FieldError> errors = new ArrayList<>();
        Body body = body(input.bodyId(), errors);
        contactOfficer(input.contactOfficerId(), errors);
        MeetingStatus status = input.status() == null ? meeting.getStatus() : input.status();
        if (status != meeting.getStatus() && !meeting.getStatus().next().contains(status)) {
            errors.add(new FieldError("status", "a " + meeting.getStatus() + " meeting cannot become " + status
                    + (meeting.getStatus().next().isEmpty() ? "" : "; it can become " + meeting.getStatus().next())));
        }
        if (status == MeetingStatus.MINUTES_APPROVED && meeting.getStatus() != MeetingStatus.MINUTES_APPROVED) {
            errors.add(new FieldError("status", "minutes are approved only by resolution at a later meeting of the body:"
                    + " POST /api/meetings/" + id + "/minutes/approve"));
        }
        if (status == MeetingStatus.CANCELLED && (input.cancellationReason() == null || input.cancellationReason().isBlank())) {
            errors.add(new FieldError("cancellationReason", "a cancelled meeting needs the reason, which the public page shows"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        meeting.setBody(body);
        meeting.setStart(input.start());
        meeting.setVenue(input.venue().strip());
        meeting.setContactOfficerId(input.contactOfficerId());
        meeting.setStatus(status);
        meeting.setCancellationReason(status == MeetingStatus.CANCELLED ? input.cancellationReason().strip() : null);
        em.flush();
        return toDto(meeting);
    }

    @Override
    public DeadlineDto deadline(long meetingId) {
        Meeting meeting = find(meetingId);
        LocalDate meetingDate = meeting.getStart().atZoneSameInstant(Calendar.ZONE).toLocalDate();
        LocalDate publishBy = calendar.publicationDeadline(meetingDate, Calendar.STATUTORY_CLEAR_DAYS).publishBy();
        LocalDate today = LocalDate.now(Calendar.ZONE);
        return new DeadlineDto(meetingId, meetingDate, Calendar.STATUTORY_CLEAR_DAYS, publishBy,
                ChronoUnit.DAYS.between(today, publishBy), AgendaRules.isLate(today, publishBy));
    }

    @Override
    public List<AgendaItemDto> items(long meetingId) {
        find(meetingId);
        return agenda(meetingId).stream().map(this::toDto).toList();
    }

    @Override
    public AgendaItemDto addItem(long meetingId, AgendaItemDto input) {
        Validations.requireValid(validator, input);
        Meeting meeting = find(meetingId);
        List<AgendaItem> agenda = agenda(meetingId);
        AgendaItem item = new AgendaItem(meeting, agenda.size() + 1);
        apply(input, item, input.late() || deadline(meetingId).missed());
        em.persist(item);
        if (input.number() != null) {
            agenda.add(item);
            move(agenda, item, input.number());
        }
        em.flush();
        return toDto(item);
    }

    @Override
    public AgendaItemDto updateItem(long meetingId, long itemId, AgendaItemDto input) {
        Validations.requireValid(validator, input);
        AgendaItem item = findItem(meetingId, itemId);
        Validations.requireVersion("Agenda item " + itemId, input.version(), item.getVersion());
        itemRecords.requireSamePart(item, input.part(), input.part() == uk.gov.hwb.board.api.Part.PART_2 ? input.exemptParagraph() : null);
        boolean reportAttachedLate = input.reportId() != null && !input.reportId().equals(item.getReportId()) && deadline(meetingId).missed();
        apply(input, item, item.isLate() || input.late() || reportAttachedLate);
        if (input.number() != null && input.number() != item.getPosition()) {
            move(agenda(meetingId), item, input.number());
        }
        em.flush();
        return toDto(item);
    }

    @Override
    public void removeItem(long meetingId, long itemId) {
        AgendaItem item = findItem(meetingId, itemId);
        itemRecords.requireRemovable(item);
        em.remove(item);
        List<AgendaItem> rest = agenda(meetingId);
        rest.remove(item);
        renumber(rest);
    }

    @Override
    public List<AgendaItemDto> reorder(long meetingId, List<Long> itemIds) {
        find(meetingId);
        List<AgendaItem> agenda = agenda(meetingId);
        List<Long> current = agenda.stream().map(AgendaItem::getId).toList();
        if (itemIds == null || itemIds.size() != current.size() || !new HashSet<>(itemIds).equals(new HashSet<>(current))) {
            throw new InvalidInputException("itemIds", "must list every item of this agenda exactly once");
        }
        List<AgendaItem> ordered = itemIds.stream().map(id -> agenda.stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow()).toList();
        renumber(ordered);
        em.flush();
        return ordered.stream().map(this::toDto).toList();
    }

    private void apply(AgendaItemDto input, AgendaItem item, boolean late) {
        List<FieldError> errors = new ArrayList<>(AgendaRules.problems(input.part(), input.exemptParagraph(), late, input.urgencyReason()));
        if (input.presenterId() != null && people.findPerson(input.presenterId()).isEmpty()) {
            errors.add(new FieldError("presenterId", "no person has id " + input.presenterId()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        item.setTitle(input.title().strip());
        item.setPurpose(input.purpose());
        item.setStartTime(input.startTime());
        item.setPresenterId(input.presenterId());
        item.setReportOf(input.reportOf());
        item.setPart(input.part());
        item.setExemptParagraph(input.exemptParagraph());
        item.setKeyDecision(input.keyDecision());
        item.setLate(late);
        item.setUrgencyReason(input.urgencyReason() == null || input.urgencyReason().isBlank() ? null : input.urgencyReason().strip());
        item.setReportId(input.reportId());
    }

    /** Moves an item to a number (clamped to the agenda) and renumbers the rest around it. */
    private static void move(List<AgendaItem> agenda, AgendaItem item, int number) {
        List<AgendaItem> ordered = new ArrayList<>(agenda);
        ordered.remove(item);
        ordered.add(Math.max(0, Math.min(number - 1, ordered.size())), item);
        renumber(ordered);
    }

    private static void renumber(List<AgendaItem> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
    }

    private List<AgendaItem> agenda(long meetingId) {
        return new ArrayList<>(em.createQuery("select i from AgendaItem i where i.meeting.id = :m order by i.position, i.id", AgendaItem.class)
                .setParameter("m", meetingId).getResultList());
    }

    private Body body(Long bodyId, List<FieldError> errors) {
        Body body = bodyId == null ? null : em.find(Body.class, bodyId);
        if (body == null) {
            errors.add(new FieldError("bodyId", "no body has id " + bodyId));
        }
        return body;
    }

    private void contactOfficer(Long personId, List<FieldError> errors) {
        if (personId != null && people.findPerson(personId).isEmpty()) {
            errors.add(new FieldError("contactOfficerId", "no person has id " + personId));
        }
    }

    private Meeting find(long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    private AgendaItem findItem(long meetingId, long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || !item.getMeeting().getId().equals(meetingId)) {
            throw new NotFoundException("Agenda item", itemId);
        }
        return item;
    }

    private String personName(Long id) {
        return id == null ? null : people.findPerson(id).map(PersonDto::name).orElse(null);
    }

    private MeetingDto toDto(Meeting m) {
        OffsetDateTime start = m.getStart().atZoneSameInstant(Calendar.ZONE).toOffsetDateTime();
        return new MeetingDto(m.getId(), m.getBody().getId(), m.getBody().getName(), start, m.getVenue(), m.getContactOfficerId(),
                personName(m.getContactOfficerId()), m.getStatus(), m.getCancellationReason(), m.getVersion());
    }

    private AgendaItemDto toDto(AgendaItem i) {
        return new AgendaItemDto(i.getId(), i.getMeeting().getId(), i.getPosition(), i.getTitle(), i.getPurpose(), i.getStartTime(),
                AgendaRules.startTimeLabel(i.getStartTime()), i.getPresenterId(), personName(i.getPresenterId()), i.getReportOf(),
                i.getPart(), i.getExemptParagraph(), AgendaRules.exemptionLabel(i.getPart(), i.getExemptParagraph()),
                i.isKeyDecision(), i.isLate(), i.getUrgencyReason(), i.getReportId(), i.getVersion());
    }
}

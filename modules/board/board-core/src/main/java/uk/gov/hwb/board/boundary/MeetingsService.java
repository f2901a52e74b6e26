package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.AgendaItemInput;
import uk.gov.hwb.board.api.DeadlineDto;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingInput;
import uk.gov.hwb.board.api.MeetingPhase;
import uk.gov.hwb.board.api.MeetingStateDto;
import uk.gov.hwb.board.api.MeetingStateDto.VersionDto;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.PackVariant;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.control.AgendaRules;
import uk.gov.hwb.board.control.CurrentMembers;
import uk.gov.hwb.board.control.MeetingStates;
import uk.gov.hwb.board.control.PublishedVersions;
import uk.gov.hwb.board.control.ItemRecords;
import uk.gov.hwb.board.control.PreviousMinutes;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.Body;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.Publication;
import uk.gov.hwb.board.entity.Report;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.UserAccountDto;
import uk.gov.hwb.platform.security.UserAccounts;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Meetings, their publication deadlines (from the platform's working-day calendar) and their
 * agendas. Times are stored as instants and shown in Europe/London. An item links only to a
 * report written for its own meeting. Changes to an agenda lock its meeting's row, so items added
 * or moved at the same moment still number 1, 2, 3 …. A meeting starts between
 * {@link #EARLIEST_START} and {@link #LATEST_START}.
 */
@Stateless
@Facade
public class MeetingsService implements Meetings {

    static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_START = LocalDate.of(2100, 12, 31);

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    CouncilCalendar calendar;

    @Inject
    People people;

    @Inject
    PublishedVersions published;

    @Inject
    CurrentMembers members;

    @Inject
    UserAccounts accounts;

    @Inject
    PreviousMinutes previousMinutes;

    @Inject
    ItemRecords itemRecords;

    @Override
    public Page<MeetingDto> meetings(Long bodyId, LocalDate from, LocalDate to, Viewer viewer, PageRequest page) {
        StringBuilder where = new StringBuilder(seesDrafts(viewer) ? " where 1 = 1" : " where " + MeetingStates.ANNOUNCED);
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
                query.setParameter("from", from.atStartOfDay(CouncilCalendar.ZONE).toOffsetDateTime());
            }
            if (to != null) {
                query.setParameter("to", to.plusDays(1).atStartOfDay(CouncilCalendar.ZONE).toOffsetDateTime());
            }
        }
        return new Page<>(list.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(this::toDto).toList(), count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    public MeetingDto meeting(long id, Viewer viewer) {
        return toDto(announced(id, viewer));
    }

    /** A meeting the viewer may know about: drafts are not announced yet (see {@link #seesDrafts}). */
    private Meeting announced(long id, Viewer viewer) {
        Meeting meeting = find(id);
        if (!MeetingStates.announced(meeting.getStatus()) && !seesDrafts(viewer)) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    /** Who sees meetings not yet announced: democratic services, who arrange them, and the report authors who write their papers. */
    private static boolean seesDrafts(Viewer viewer) {
        return viewer.isClerk() || viewer.hasAny(Role.AUTHOR);
    }

    private static void requireClerk(Viewer viewer) {
        if (!viewer.isClerk()) {
            throw new ForbiddenException("Only democratic services arrange meetings and keep their agendas.");
        }
    }

    @Override
    public MeetingDto add(MeetingInput input, Viewer viewer) {
        requireClerk(viewer);
        List<FieldError> errors = new ArrayList<>();
        Body body = body(input.bodyId(), errors);
        contactOfficer(input.contactOfficerId(), errors);
        startProblem(input.start()).ifPresent(errors::add);
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
    public MeetingDto update(long id, MeetingInput input, Viewer viewer) {
        requireClerk(viewer);
        Validations.requireValid(validator, input);
        Meeting meeting = find(id);
        Validations.requireVersion("Meeting " + id, input.version(), meeting.getVersion());
        List<FieldError> errors = new ArrayList<>();
        Body body = body(input.bodyId(), errors);
        contactOfficer(input.contactOfficerId(), errors);
        startProblem(input.start()).ifPresent(errors::add);
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
        if (!meeting.getStart().isEqual(input.start())) {
            meeting.setStart(input.start()); // the same instant in another offset is no change
        }
        meeting.setVenue(input.venue().strip());
        meeting.setContactOfficerId(input.contactOfficerId());
        meeting.setStatus(status);
        meeting.setCancellationReason(status == MeetingStatus.CANCELLED ? input.cancellationReason().strip() : null);
        em.flush();
        return toDto(meeting);
    }

    @Override
    public DeadlineDto deadline(long meetingId, Viewer viewer) {
        return deadline(announced(meetingId, viewer));
    }

    private DeadlineDto deadline(Meeting meeting) {
        long meetingId = meeting.getId();
        LocalDate meetingDate = meeting.getStart().atZoneSameInstant(CouncilCalendar.ZONE).toLocalDate();
        LocalDate publishBy = calendar.publicationDeadline(meetingDate, CouncilCalendar.STATUTORY_CLEAR_DAYS).publishBy();
        LocalDate today = LocalDate.now(CouncilCalendar.ZONE);
        return new DeadlineDto(meetingId, meetingDate, CouncilCalendar.STATUTORY_CLEAR_DAYS, publishBy,
                ChronoUnit.DAYS.between(today, publishBy), AgendaRules.isLate(today, publishBy));
    }

    @Override
    public List<AgendaItemDto> items(long meetingId, Viewer viewer) {
        announced(meetingId, viewer);
        return agenda(meetingId).stream().map(this::toDto)
                .map(i -> viewer.isClerk() || i.part() != Part.PART_2 ? i : i.withheld(i.exemptionLabel())).toList();
    }

    @Override
    public AgendaItemDto addItem(long meetingId, AgendaItemInput input, Viewer viewer) {
        requireClerk(viewer);
        Validations.requireValid(validator, input);
        Meeting meeting = lockAgenda(meetingId);
        List<AgendaItem> agenda = agenda(meetingId);
        AgendaItem item = new AgendaItem(meeting, agenda.size() + 1);
        apply(input, item, input.late() || deadline(meeting).missed());
        em.persist(item);
        if (input.number() != null) {
            agenda.add(item);
            move(agenda, item, input.number());
        }
        em.flush();
        return toDto(item);
    }

    @Override
    public AgendaItemDto updateItem(long meetingId, long itemId, AgendaItemInput input, Viewer viewer) {
        requireClerk(viewer);
        Validations.requireValid(validator, input);
        Meeting meeting = lockAgenda(meetingId);
        AgendaItem item = findItem(meetingId, itemId);
        Validations.requireVersion("Agenda item " + itemId, input.version(), item.getVersion());
        itemRecords.requireSamePart(item, input.part(), input.part() == uk.gov.hwb.board.api.Part.PART_2 ? input.exemptParagraph() : null);
        boolean reportAttachedLate = input.reportId() != null && !input.reportId().equals(item.getReportId()) && deadline(meeting).missed();
        apply(input, item, item.isLate() || input.late() || reportAttachedLate);
        if (input.number() != null && input.number() != item.getPosition()) {
            move(agenda(meetingId), item, input.number());
        }
        em.flush();
        return toDto(item);
    }

    @Override
    public void removeItem(long meetingId, long itemId, Viewer viewer) {
        requireClerk(viewer);
        lockAgenda(meetingId);
        AgendaItem item = findItem(meetingId, itemId);
        itemRecords.requireRemovable(item);
        em.remove(item);
        List<AgendaItem> rest = agenda(meetingId);
        rest.remove(item);
        renumber(rest);
    }

    @Override
    public List<AgendaItemDto> reorder(long meetingId, List<Long> itemIds, Viewer viewer) {
        requireClerk(viewer);
        lockAgenda(meetingId);
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

    @Override
    public MeetingStateDto state(long meetingId, Viewer viewer) {
        Meeting meeting = announced(meetingId, viewer);
        List<Publication> versions = published.all(meetingId);
        MeetingPhase phase = MeetingStates.phase(meeting.getStatus(), meeting.getStart(), OffsetDateTime.now(CouncilCalendar.ZONE), versions.size());
        DeadlineDto deadline = deadline(meeting);
        Map<String, String> names = new HashMap<>();
        List<VersionDto> listed = versions.stream().map(p -> new VersionDto(p.getNumber(),
                p.getPublishedAt().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime(),
                names.computeIfAbsent(p.getPublishedBy(), this::nameOf), p.isPastDeadline(), p.getWarning(), p.getCorrectionReason())).toList();
        Set<PackVariant> packs = EnumSet.noneOf(PackVariant.class);
        if (!versions.isEmpty()) {
            packs.addAll(em.createQuery("select distinct s.variant from StoredPack s where s.meetingId = :m", PackVariant.class)
                    .setParameter("m", meetingId).getResultList());
            if (!members.seesConfidential(meeting.getBody().getId(), viewer)) {
                packs.remove(PackVariant.MEMBERS);
            }
        }
        boolean clerk = viewer.isClerk();
        boolean correction = MeetingStates.correctionNeeded(phase, versions.size());
        int next = versions.size() + 1;
        return new MeetingStateDto(meetingId, phase, phase.label(), deadline, MeetingStates.tone(phase, deadline, listed),
                MeetingStates.deadlineMessage(phase, deadline, listed), listed, packs, clerk && phase != MeetingPhase.CANCELLED,
                correction, next, MeetingStates.publishLabel(correction, next), clerk && !versions.isEmpty());
    }

    @Override
    public Map<Long, MeetingPhase> phases(Collection<Long> meetingIds) {
        Map<Long, MeetingPhase> phases = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return phases;
        }
        Map<Long, Long> versions = new HashMap<>();
        em.createQuery("select p.meeting.id, count(p) from Publication p where p.meeting.id in :ids group by p.meeting.id", Object[].class)
                .setParameter("ids", meetingIds).getResultList().forEach(row -> versions.put((Long) row[0], (Long) row[1]));
        OffsetDateTime now = OffsetDateTime.now(CouncilCalendar.ZONE);
        em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class).setParameter("ids", meetingIds).getResultList()
                .forEach(m -> phases.put(m.getId(), MeetingStates.phase(m.getStatus(), m.getStart(), now,
                        versions.getOrDefault(m.getId(), 0L).intValue())));
        return phases;
    }

    /** A person's name for a username: the account's display name ("Rob Harris"). */
    private String nameOf(String username) {
        if (username == null) {
            return null;
        }
        return accounts.findAccount(username).map(UserAccountDto::displayName).filter(n -> !n.isBlank()).orElse(username);
    }

    private void apply(AgendaItemInput input, AgendaItem item, boolean late) {
        List<FieldError> errors = new ArrayList<>(AgendaRules.problems(input.part(), input.exemptParagraph(), late, input.urgencyReason()));
        if (input.presenterId() != null && people.findPerson(input.presenterId()).isEmpty()) {
            errors.add(new FieldError("presenterId", "no person has id " + input.presenterId()));
        }
        if (input.reportId() != null) {
            Report report = em.find(Report.class, input.reportId());
            if (report == null) {
                errors.add(new FieldError("reportId", "no report has id " + input.reportId()));
            } else if (!report.getMeeting().getId().equals(item.getMeeting().getId())) {
                errors.add(new FieldError("reportId", "report " + input.reportId() + " is written for another meeting;"
                        + " an item can only present a report of its own meeting"));
            }
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

    /**
     * The meeting, locked until the transaction ends: agenda changes of one meeting happen one at a
     * time, so concurrent additions cannot take the same number.
     */
    private Meeting lockAgenda(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new NotFoundException("Meeting", meetingId);
        }
        return meeting;
    }

    private static java.util.Optional<FieldError> startProblem(OffsetDateTime start) {
        if (start == null) {
            return java.util.Optional.empty();
        }
        LocalDate day = start.atZoneSameInstant(CouncilCalendar.ZONE).toLocalDate();
        return day.isBefore(EARLIEST_START) || day.isAfter(LATEST_START)
                ? java.util.Optional.of(new FieldError("start", "a meeting must start between " + EARLIEST_START + " and " + LATEST_START))
                : java.util.Optional.empty();
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
        OffsetDateTime start = m.getStart().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime();
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

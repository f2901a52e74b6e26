package uk.gov.hwb.board.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.hwb.board.api.Attendance;
import uk.gov.hwb.board.api.AttendanceDto;
import uk.gov.hwb.board.api.AttendanceDto.DeputyDto;
import uk.gov.hwb.board.api.AttendanceDto.MemberAttendanceDto;
import uk.gov.hwb.board.api.AttendanceDto.OtherAttendeeDto;
import uk.gov.hwb.board.api.AttendanceStatus;
import uk.gov.hwb.board.api.CompositionDto;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.MemberRecordDto;
import uk.gov.hwb.board.api.MemberRecordDto.SeatRecordDto;
import uk.gov.hwb.board.api.MembershipRole;
import uk.gov.hwb.board.api.QuorumDto;
import uk.gov.hwb.board.api.RecordAttendance;
import uk.gov.hwb.board.control.MeetingRecords;
import uk.gov.hwb.board.control.QuorumRule;
import uk.gov.hwb.board.control.StatutoryComposition;
import uk.gov.hwb.board.entity.AttendanceEntry;
import uk.gov.hwb.board.entity.AttendanceRecord;
import uk.gov.hwb.board.entity.Body;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.Membership;
import uk.gov.hwb.board.entity.TermsOfReference;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.RefusedException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Attendance of meetings, the quorum, members' attendance records and the statutory composition
 * of bodies. Reading is public for announced meetings; democratic services record, once the
 * meeting has taken place and until its minutes are approved.
 */
@Stateless
@Facade
@LocalBean
@Local(Attendance.class)
public class AttendanceService implements Attendance {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Inject
    People people;

    @Override
    public AttendanceDto attendance(long meetingId, Viewer viewer) {
        return toDto(records.announced(meetingId, viewer));
    }

    @Override
    public AttendanceDto record(long meetingId, RecordAttendance input, Viewer viewer) {
        records.requireClerk(viewer, "record attendance");
        Meeting meeting = records.held(meetingId);
        records.requireMinutesOpen(meeting);
        AttendanceRecord record = record(meeting).orElse(null);
        Validations.requireVersion("The attendance of meeting " + meetingId, input.version(), shownVersion(record));
        TermsOfReference terms = meeting.getBody().getTermsOfReference();
        Map<Long, Membership> expected = new LinkedHashMap<>();
        records.expected(meeting).forEach(m -> expected.put(m.getId(), m));
        List<Membership> seated = records.seated(meeting);
        List<FieldError> errors = new ArrayList<>();
        List<RecordAttendance.MemberAttendance> members = input.members() == null ? List.of() : input.members();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            RecordAttendance.MemberAttendance m = members.get(i);
            String at = "members[" + i + "]";
            if (!expected.containsKey(m.membershipId())) {
                errors.add(new FieldError(at + ".membershipId", "no member expected at this meeting has membership " + m.membershipId()));
                continue;
            }
            if (!seen.add(m.membershipId())) {
                errors.add(new FieldError(at + ".membershipId", "is listed twice"));
            }
            if (m.status() == AttendanceStatus.SUBSTITUTED) {
                if (m.substitutePersonId() == null) {
                    errors.add(new FieldError(at + ".substitutePersonId", "a substituted member needs the person who came in their place"));
                } else if (!records.personExists(m.substitutePersonId())) {
                    errors.add(new FieldError(at + ".substitutePersonId", "no person has id " + m.substitutePersonId()));
                }
            } else if (m.substitutePersonId() != null) {
                errors.add(new FieldError(at + ".substitutePersonId", "only a SUBSTITUTED member has a substitute"));
            }
        }
        List<RecordAttendance.OtherAttendee> others = input.others() == null ? List.of() : input.others();
        for (int i = 0; i < others.size(); i++) {
            RecordAttendance.OtherAttendee o = others.get(i);
            if (o.personId() != null && !records.personExists(o.personId())) {
                errors.add(new FieldError("others[" + i + "].personId", "no person has id " + o.personId()));
            } else if (o.personId() == null && (o.name() == null || o.name().isBlank())) {
                errors.add(new FieldError("others[" + i + "].name", "give the person (personId) or their name"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Substitutes: only where the terms of reference allow deputies, and only a named deputy where the member has any.
        for (int i = 0; i < members.size(); i++) {
            RecordAttendance.MemberAttendance m = members.get(i);
            if (m.status() != AttendanceStatus.SUBSTITUTED) {
                continue;
            }
            String field = "members[" + i + "].substitutePersonId";
            if (!terms.isDeputiesAllowed()) {
                throw RefusedException.unprocessable("substitute-not-allowed", field, "The " + meeting.getBody().getName()
                        + "'s terms of reference do not allow substitutes, so " + records.personName(expected.get(m.membershipId()).getPersonId())
                        + " cannot be substituted: record them as giving apologies.");
            }
            List<Long> named = deputiesOf(expected.get(m.membershipId()), seated).stream().map(Membership::getPersonId).toList();
            if (!named.isEmpty() && !named.contains(m.substitutePersonId())) {
                throw RefusedException.unprocessable("substitute-not-allowed", field, records.personName(m.substitutePersonId())
                        + " is not a named deputy of " + records.personName(expected.get(m.membershipId()).getPersonId()) + "; their deputies are "
                        + String.join(", ", named.stream().map(records::personName).toList()) + ".");
            }
        }

        OffsetDateTime now = OffsetDateTime.now(CouncilCalendar.ZONE);
        if (record == null) {
            record = new AttendanceRecord(meeting);
            record.recorded(viewer.username(), now);
            em.persist(record);
        } else {
            record.recorded(viewer.username(), now);
        }
        List<AttendanceEntry> existing = entries(record);
        Map<Long, AttendanceEntry> byMembership = new HashMap<>();
        for (AttendanceEntry e : existing) {
            if (e.getMembership() != null) {
                byMembership.put(e.getMembership().getId(), e);
            } else {
                em.remove(e);
            }
        }
        int position = 0;
        for (RecordAttendance.MemberAttendance m : members) {
            AttendanceEntry entry = byMembership.remove(m.membershipId());
            boolean added = entry == null;
            if (added) {
                entry = AttendanceEntry.member(record, expected.get(m.membershipId()), position);
            }
            // Everything set before persisting: the insert carries the state as it was persisted.
            entry.setPosition(position++);
            entry.setStatus(m.status());
            entry.setSubstitutePersonId(m.status() == AttendanceStatus.SUBSTITUTED ? m.substitutePersonId() : null);
            if (added) {
                em.persist(entry);
            }
        }
        byMembership.values().forEach(em::remove);
        for (RecordAttendance.OtherAttendee o : others) {
            String name = o.personId() != null ? records.personName(o.personId()) : o.name().strip();
            em.persist(AttendanceEntry.other(record, o.personId(), name, o.kind(), o.capacity() == null || o.capacity().isBlank() ? null
                    : o.capacity().strip(), position++));
        }
        records.markHeld(meeting);
        em.flush();
        return toDto(meeting);
    }

    @Override
    public QuorumDto quorum(long meetingId, Viewer viewer) {
        return toDto(records.announced(meetingId, viewer)).quorum();
    }

    @Override
    public MemberRecordDto memberRecord(long personId, Viewer viewer) {
        PersonDto person = people.findPerson(personId).orElseThrow(() -> new NotFoundException("Member", personId));
        List<Membership> memberships = em.createQuery("select m from Membership m join fetch m.body where m.personId = :p order by m.from desc, m.id",
                Membership.class).setParameter("p", personId).getResultList();
        if (memberships.isEmpty()) {
            throw new NotFoundException("Member " + personId + " sits on no board or group.");
        }
        LocalDate today = LocalDate.now(CouncilCalendar.ZONE);
        List<SeatRecordDto> seats = new ArrayList<>();
        int expected = 0;
        int attended = 0;
        for (Membership m : memberships) {
            List<AttendanceStatus> statuses = em.createQuery("select e.status from AttendanceEntry e join e.attendance a join a.meeting mt"
                            + " where e.membership = :m and e.status is not null and mt.status <> :cancelled", AttendanceStatus.class)
                    .setParameter("m", m).setParameter("cancelled", MeetingStatus.CANCELLED).getResultList();
            int present = count(statuses, AttendanceStatus.PRESENT);
            int apologies = count(statuses, AttendanceStatus.APOLOGIES);
            int substituted = count(statuses, AttendanceStatus.SUBSTITUTED);
            int absent = count(statuses, AttendanceStatus.ABSENT);
            boolean current = !m.getFrom().isAfter(today) && (m.getTo() == null || !m.getTo().isBefore(today));
            seats.add(new SeatRecordDto(m.getBody().getId(), m.getBody().getName(), m.getRole(), current, m.getFrom(), m.getTo(), statuses.size(),
                    present, apologies, substituted, absent, percentage(present, statuses.size())));
            expected += statuses.size();
            attended += present;
        }
        return new MemberRecordDto(personId, person.name(), person.organisationName(), seats, expected, attended, percentage(attended, expected));
    }

    @Override
    public CompositionDto composition(long bodyId, Viewer viewer) {
        Body body = em.find(Body.class, bodyId);
        if (body == null) {
            throw new NotFoundException("Body", bodyId);
        }
        LocalDate today = LocalDate.now(CouncilCalendar.ZONE);
        List<StatutoryComposition.Holder> holders = em.createQuery("select m from Membership m where m.body = :b and m.role <> :deputy"
                        + " and m.from <= :d and (m.to is null or m.to >= :d) order by m.role, m.id", Membership.class)
                .setParameter("b", body).setParameter("deputy", MembershipRole.DEPUTY).setParameter("d", today).getResultList().stream()
                .map(m -> new StatutoryComposition.Holder(records.personName(m.getPersonId()), m.getSeat(), m.isCouncillor())).toList();
        return StatutoryComposition.assess(bodyId, body.getStatutoryBasis(), holders);
    }

    /** The version clients send back: 0 while nothing is recorded, then the stored version + 1 (a new record is stored as version 0). */
    private static long shownVersion(AttendanceRecord record) {
        return record == null ? 0 : record.getVersion() + 1;
    }

    /** Attended of expected, in percent to one decimal place; null when nothing was expected. */
    static BigDecimal percentage(int attended, int expected) {
        return expected == 0 ? null : BigDecimal.valueOf(attended * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }

    private static int count(List<AttendanceStatus> statuses, AttendanceStatus status) {
        return (int) statuses.stream().filter(s -> s == status).count();
    }

    private Optional<AttendanceRecord> record(Meeting meeting) {
        return em.createQuery("select a from AttendanceRecord a where a.meeting = :m", AttendanceRecord.class)
                .setParameter("m", meeting).getResultStream().findFirst();
    }

    private List<AttendanceEntry> entries(AttendanceRecord record) {
        return em.createQuery("select e from AttendanceEntry e left join fetch e.membership where e.attendance = :a order by e.position, e.id",
                AttendanceEntry.class).setParameter("a", record).getResultList();
    }

    private static List<Membership> deputiesOf(Membership member, List<Membership> seated) {
        return seated.stream().filter(d -> d.getRole() == MembershipRole.DEPUTY && d.getDeputyFor() != null
                && d.getDeputyFor().getId().equals(member.getId())).toList();
    }

    /** The attendance of a meeting as a DTO, with its quorum. */
    public AttendanceDto toDto(Meeting meeting) {
        AttendanceRecord record = record(meeting).orElse(null);
        List<AttendanceEntry> entries = record == null ? List.of() : entries(record);
        Map<Long, AttendanceEntry> byMembership = new HashMap<>();
        List<OtherAttendeeDto> others = new ArrayList<>();
        for (AttendanceEntry e : entries) {
            if (e.getMembership() != null) {
                byMembership.put(e.getMembership().getId(), e);
            } else {
                others.add(new OtherAttendeeDto(e.getPersonId(), e.getName(), e.getCapacity(), e.getOtherKind()));
            }
        }
        List<Membership> seated = records.seated(meeting);
        List<Membership> expected = new ArrayList<>(records.expected(meeting));
        // A member recorded then since removed from the body stays in the record of the meeting.
        entries.stream().filter(e -> e.getMembership() != null && expected.stream().noneMatch(m -> m.getId().equals(e.getMembership().getId())))
                .forEach(e -> expected.add(e.getMembership()));
        Set<Long> councillors = new HashSet<>();
        seated.stream().filter(Membership::isCouncillor).forEach(m -> councillors.add(m.getPersonId()));
        TermsOfReference terms = meeting.getBody().getTermsOfReference();
        List<MemberAttendanceDto> members = new ArrayList<>();
        List<QuorumRule.Seat> seats = new ArrayList<>();
        for (Membership m : expected) {
            AttendanceEntry e = byMembership.get(m.getId());
            AttendanceStatus status = e == null ? null : e.getStatus();
            Long substitute = e == null ? null : e.getSubstitutePersonId();
            members.add(new MemberAttendanceDto(m.getId(), m.getPersonId(), records.personName(m.getPersonId()), m.getRole(), m.isVoting(),
                    m.isCouncillor(), m.getSeat(), status, substitute, records.personName(substitute),
                    deputiesOf(m, seated).stream().map(d -> new DeputyDto(d.getPersonId(), records.personName(d.getPersonId()))).toList()));
            seats.add(new QuorumRule.Seat(m.isVoting(), m.isCouncillor(), status, substitute != null && councillors.contains(substitute)));
        }
        members.sort(Comparator.comparing(MemberAttendanceDto::role).thenComparing(MemberAttendanceDto::name));
        QuorumDto quorum = QuorumRule.assess(terms.getQuorumMembers(), terms.getQuorumCouncillors(), seats, terms.isDeputiesAllowed(), record != null);
        return new AttendanceDto(meeting.getId(), meeting.getBody().getId(), meeting.getBody().getName(), record != null, terms.isDeputiesAllowed(),
                members, others, quorum, record == null ? null : record.getRecordedBy(),
                record == null ? null : record.getRecordedAt().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime(), shownVersion(record));
    }
}

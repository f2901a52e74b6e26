package uk.gov.hwb.board.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.gov.hwb.board.api.ApproveMinutes;
import uk.gov.hwb.board.api.AttendanceDto;
import uk.gov.hwb.board.api.DeclarationDto;
import uk.gov.hwb.board.api.ForwardPlanStatus;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.Minutes;
import uk.gov.hwb.board.api.MinutesDto;
import uk.gov.hwb.board.api.MinutesDto.ItemMinuteDto;
import uk.gov.hwb.board.api.MinutesDto.NamedVoteDto;
import uk.gov.hwb.board.api.MinutesDto.VotesDto;
import uk.gov.hwb.board.api.MinutesStatus;
import uk.gov.hwb.board.api.RecordMinutes;
import uk.gov.hwb.board.api.VoteCast;
import uk.gov.hwb.board.control.DecisionsRecorded;
import uk.gov.hwb.board.control.KeyDecisionChecks;
import uk.gov.hwb.board.control.MeetingRecords;
import uk.gov.hwb.board.control.MinutesDocument;
import uk.gov.hwb.board.control.MinutesPdfs;
import uk.gov.hwb.board.control.MinutesRules;
import uk.gov.hwb.board.control.PreviousMinutes;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.ItemMinute;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.MeetingMinutes;
import uk.gov.hwb.board.entity.NamedVote;
import uk.gov.hwb.board.entity.Resolution;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.RefusedException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Minutes and resolutions. Reading is public for announced meetings, with confidential business
 * reduced to its exemption and public summary for those who may not see it; democratic services
 * write them once the meeting has taken place, until they are approved by resolution at a later
 * meeting of the same body.
 */
@Stateless
@Facade
@LocalBean
@Local({Minutes.class, MinutesPdfs.class})
public class MinutesService implements Minutes, MinutesPdfs {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Inject
    KeyDecisionChecks keyDecisions;

    @Inject
    DeclarationsService declarations;

    @Inject
    AttendanceService attendance;

    @Inject
    ActionLogService actions;

    @Inject
    MinutesDocument document;

    @Inject
    Event<DecisionsRecorded> recorded;

    @Override
    public MinutesDto minutes(long meetingId, Viewer viewer) {
        Meeting meeting = records.announced(meetingId, viewer);
        return toDto(meeting, records.seesConfidential(meeting, viewer), viewer);
    }

    @Override
    public MinutesDto record(long meetingId, RecordMinutes input, Viewer viewer) {
        records.requireClerk(viewer, "write minutes");
        Meeting meeting = records.held(meetingId);
        records.requireMinutesOpen(meeting);
        MeetingMinutes minutes = records.minutes(meetingId).orElse(null);
        Validations.requireVersion("The minutes of meeting " + meetingId, input.version(), shownVersion(minutes));

        List<FieldError> errors = new ArrayList<>();
        Map<Integer, AgendaItem> items = new HashMap<>();
        Map<Integer, List<String>> wordings = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        Set<Long> voters = new HashSet<>();
        records.seated(meeting).forEach(m -> voters.add(m.getPersonId()));
        voters.addAll(substitutes(meeting));
        for (int i = 0; i < input.items().size(); i++) {
            RecordMinutes.ItemMinute in = input.items().get(i);
            String at = "items[" + i + "]";
            AgendaItem item = records.item(meeting, in.itemId(), at + ".itemId");
            if (!seen.add(item.getId())) {
                errors.add(new FieldError(at + ".itemId", "is listed twice"));
            }
            items.put(i, item);
            List<String> stored = new ArrayList<>();
            List<String> typed = in.resolutions() == null ? List.of() : in.resolutions();
            for (int j = 0; j < typed.size(); j++) {
                Optional<String> wording = MinutesRules.resolution(typed.get(j));
                if (wording.isEmpty()) {
                    errors.add(new FieldError(at + ".resolutions[" + j + "]", "a resolution is worded \"That …\" (e.g. \"That the report be noted.\")"));
                } else {
                    stored.add(wording.get());
                }
            }
            wordings.put(i, stored);
            if (in.votes() != null && in.votes().named() != null) {
                for (int k = 0; k < in.votes().named().size(); k++) {
                    Long person = in.votes().named().get(k).personId();
                    if (!voters.contains(person)) {
                        errors.add(new FieldError(at + ".votes.named[" + k + "].personId", "is not a member of the body, nor a substitute at this meeting"));
                    }
                }
                if (in.votes().inFavour() != null && !in.votes().inFavour().equals(count(in.votes(), VoteCast.FOR))
                        || in.votes().against() != null && !in.votes().against().equals(count(in.votes(), VoteCast.AGAINST))
                        || in.votes().abstentions() != null && !in.votes().abstentions().equals(count(in.votes(), VoteCast.ABSTAINED))) {
                    if (!in.votes().named().isEmpty()) {
                        errors.add(new FieldError(at + ".votes", "the counts do not match the votes recorded by name"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        for (int i = 0; i < input.items().size(); i++) {
            RecordMinutes.ItemMinute in = input.items().get(i);
            AgendaItem item = items.get(i);
            String at = "items[" + i + "]";
            boolean hasMinute = !blank(in.minute()) || !wordings.get(i).isEmpty() || in.votes() != null;
            Optional<String> summary = MinutesRules.publicSummaryProblem(records.confidential(item), hasMinute, in.publicSummary());
            if (summary.isPresent()) {
                throw RefusedException.unprocessable("public-summary-required", at + ".publicSummary", "Item " + item.getPosition() + ": " + summary.get() + ".");
            }
            if (item.getMinutesOfMeetingId() != null && !wordings.get(i).equals(resolutionTexts(item))) {
                throw RefusedException.unprocessable("minutes-approved-by-resolution", at + ".resolutions", "Item " + item.getPosition()
                        + " approves the minutes of an earlier meeting: its resolution is recorded by approving them"
                        + " (POST /api/meetings/" + item.getMinutesOfMeetingId() + "/minutes/approve), not written here.");
            }
            if (!wordings.get(i).isEmpty()) {
                Optional<String> problem = keyDecisions.problem(item);
                if (problem.isPresent()) {
                    throw RefusedException.conflict("key-decision-without-notice", problem.get() + " Nothing was recorded.");
                }
            }
            if (in.votes() != null && in.votes().named() != null) {
                for (int k = 0; k < in.votes().named().size(); k++) {
                    RecordMinutes.NamedVote vote = in.votes().named().get(k);
                    if (vote.vote() != VoteCast.ABSTAINED && !declarations.mayVote(meeting, item, vote.personId())) {
                        throw RefusedException.unprocessable("dpi-participation", at + ".votes.named[" + k + "]", records.personName(vote.personId())
                                + " declared a disclosable pecuniary interest in item " + item.getPosition() + " without a dispensation to vote"
                                + " (Localism Act 2011, ss.31(4), 33), so cannot be recorded as voting on it.");
                    }
                }
            }
        }

        OffsetDateTime now = OffsetDateTime.now(CouncilCalendar.ZONE);
        if (minutes == null) {
            minutes = new MeetingMinutes(meeting, viewer.username(), now);
            em.persist(minutes);
        } else {
            minutes.touched(viewer.username(), now);
        }
        boolean decisions = false;
        for (int i = 0; i < input.items().size(); i++) {
            RecordMinutes.ItemMinute in = input.items().get(i);
            AgendaItem item = items.get(i);
            save(meeting, item, in, wordings.get(i), viewer.username(), now);
            decisions = true;
            if (!wordings.get(i).isEmpty()) {
                keyDecisions.entryFor(item).filter(e -> e.getStatus() == ForwardPlanStatus.PLANNED).ifPresent(e -> e.setStatus(ForwardPlanStatus.TAKEN));
            }
        }
        records.markHeld(meeting);
        em.flush();
        if (decisions) {
            recorded.fire(new DecisionsRecorded(meetingId));
        }
        return toDto(meeting, true, viewer);
    }

    @Override
    public MinutesDto approve(long meetingId, ApproveMinutes approval, Viewer viewer) {
        records.requireClerk(viewer, "approve minutes (by recording the resolution that approves them)");
        Meeting meeting = records.meeting(meetingId);
        MeetingMinutes minutes = records.minutes(meetingId).orElseThrow(() -> RefusedException.conflict("no-minutes",
                "Meeting " + meetingId + " has no minutes yet: write them before they can be approved."));
        if (minutes.getStatus() == MinutesStatus.APPROVED) {
            throw RefusedException.conflict("minutes-approved", "These minutes were already approved at meeting " + minutes.getApprovedAtMeetingId() + ".");
        }
        long written = em.createQuery("select count(m) from ItemMinute m where m.meeting = :m", Long.class).setParameter("m", meeting).getSingleResult()
                + em.createQuery("select count(r) from Resolution r where r.meeting = :m", Long.class).setParameter("m", meeting).getSingleResult();
        if (written == 0) {
            throw RefusedException.conflict("no-minutes", "Meeting " + meetingId + " has no minutes yet: write them before they can be approved.");
        }
        Meeting at = records.meeting(approval.atMeetingId());
        String when = DAY.format(meeting.getStart().atZoneSameInstant(CouncilCalendar.ZONE));
        if (!at.getBody().getId().equals(meeting.getBody().getId())) {
            throw RefusedException.conflict("minutes-approval-meeting", "Minutes are approved by the body that met: meeting " + at.getId()
                    + " is of the " + at.getBody().getName() + ", not the " + meeting.getBody().getName() + ".");
        }
        if (!at.getStart().isAfter(meeting.getStart())) {
            throw RefusedException.conflict("minutes-approval-meeting", "Minutes are approved at a later meeting of the body: meeting " + at.getId()
                    + " is not after the meeting of " + when + ".");
        }
        if (at.getStatus() == MeetingStatus.DRAFT || at.getStatus() == MeetingStatus.CANCELLED || at.getStart().isAfter(OffsetDateTime.now(CouncilCalendar.ZONE))) {
            throw RefusedException.conflict("minutes-approval-meeting", "Meeting " + at.getId() + " has not been held (it is "
                    + at.getStatus().label().toLowerCase(Locale.UK) + (at.getStart().isAfter(OffsetDateTime.now(CouncilCalendar.ZONE)) ? " and still to come" : "")
                    + "): the minutes are approved by resolution at the meeting, once it has taken place.");
        }
        records.requireMinutesOpen(at);
        AgendaItem item = records.agenda(at.getId()).stream().filter(i -> Objects.equals(i.getMinutesOfMeetingId(), meetingId)).findFirst()
                .orElseThrow(() -> RefusedException.conflict("minutes-approval-meeting", "The agenda of meeting " + at.getId()
                        + " has no item for the minutes of " + when + ": add the item \"" + PreviousMinutes.title(meeting) + "\" to it first."));
        OffsetDateTime now = OffsetDateTime.now(CouncilCalendar.ZONE);
        MeetingMinutes atMinutes = records.minutes(at.getId()).orElse(null);
        if (atMinutes == null) {
            atMinutes = new MeetingMinutes(at, viewer.username(), now);
            em.persist(atMinutes);
        } else {
            atMinutes.touched(viewer.username(), now);
        }
        int position = resolutions(item).size() + 1;
        Resolution resolution = new Resolution(at, item, position, "That the minutes of the meeting held on " + when
                + " be confirmed as a correct record and signed by the Chair.", viewer.username(), now);
        em.persist(resolution);
        em.flush();
        minutes.approved(at.getId(), resolution.getId(), viewer.username(), now);
        meeting.setStatus(MeetingStatus.MINUTES_APPROVED);
        records.markHeld(at);
        em.flush();
        recorded.fire(new DecisionsRecorded(at.getId()));
        return toDto(meeting, true, viewer);
    }

    @Override
    public MinutesFile pdf(long meetingId, Viewer viewer) {
        Meeting meeting = records.announced(meetingId, viewer);
        boolean confidential = records.seesConfidential(meeting, viewer);
        MinutesDto minutes = toDto(meeting, confidential, viewer);
        if (!minutes.recorded()) {
            throw new NotFoundException("Meeting " + meetingId + " has no minutes yet.");
        }
        return new MinutesFile(fileName(meeting, minutes.confidentialIncluded() && minutes.items().stream().anyMatch(i -> i.exemptionLabel() != null)),
                render(meeting, minutes, viewer), minutes.confidentialIncluded());
    }

    @Override
    public Optional<byte[]> pdf(long meetingId, boolean confidential) {
        Meeting meeting = records.meeting(meetingId);
        Viewer system = confidential ? new Viewer("system", null, Set.of(uk.gov.hwb.platform.security.Role.DEMOCRATIC_SERVICES)) : Viewer.anonymous();
        MinutesDto minutes = toDto(meeting, confidential, system);
        return minutes.recorded() ? Optional.of(render(meeting, minutes, system)) : Optional.empty();
    }

    @Override
    public boolean confidentialBusiness(long meetingId) {
        return records.agenda(meetingId).stream().anyMatch(records::confidential);
    }

    private byte[] render(Meeting meeting, MinutesDto minutes, Viewer viewer) {
        AttendanceDto present = attendance.toDto(meeting);
        List<DeclarationDto> declared = declarations.list(meeting).stream()
                .map(d -> declarations.toDto(d, viewer, minutes.confidentialIncluded())).toList();
        return document.render(minutes, present, declared, actions.log(meeting, viewer, minutes.confidentialIncluded()), meeting.getVenue());
    }

    private static String fileName(Meeting meeting, boolean confidential) {
        return meeting.getBody().getName().replaceAll("[^A-Za-z0-9]+", "-") + "-" + meeting.getStart().atZoneSameInstant(CouncilCalendar.ZONE).toLocalDate()
                + "-minutes" + (confidential ? "-confidential" : "") + ".pdf";
    }

    private void save(Meeting meeting, AgendaItem item, RecordMinutes.ItemMinute in, List<String> wordings, String by, OffsetDateTime now) {
        ItemMinute minute = itemMinute(item).orElse(null);
        boolean empty = blank(in.minute()) && wordings.isEmpty() && in.votes() == null && blank(in.publicSummary());
        if (minute == null && !empty) {
            minute = new ItemMinute(meeting, item);
            em.persist(minute);
        }
        if (minute != null) {
            for (NamedVote vote : namedVotes(minute)) {
                em.remove(vote);
            }
            if (empty) {
                em.remove(minute);
            } else {
                minute.setText(blank(in.minute()) ? null : in.minute().strip());
                minute.setPublicSummary(blank(in.publicSummary()) ? null : in.publicSummary().strip());
                RecordMinutes.Votes votes = in.votes();
                if (votes == null) {
                    minute.votes(null, null, null);
                } else {
                    boolean named = votes.named() != null && !votes.named().isEmpty();
                    minute.votes(votes.inFavour() != null ? votes.inFavour() : named ? count(votes, VoteCast.FOR) : null,
                            votes.against() != null ? votes.against() : named ? count(votes, VoteCast.AGAINST) : null,
                            votes.abstentions() != null ? votes.abstentions() : named ? count(votes, VoteCast.ABSTAINED) : null);
                    if (named) {
                        for (RecordMinutes.NamedVote v : votes.named()) {
                            em.persist(new NamedVote(minute, v.personId(), v.vote()));
                        }
                    }
                }
            }
        }
        if (item.getMinutesOfMeetingId() != null) {
            return; // its resolution is the approval's
        }
        List<Resolution> stored = resolutions(item);
        for (int p = 0; p < Math.max(stored.size(), wordings.size()); p++) {
            if (p >= wordings.size()) {
                em.remove(stored.get(p));
            } else if (p >= stored.size()) {
                em.persist(new Resolution(meeting, item, p + 1, wordings.get(p), by, now));
            } else if (!stored.get(p).getText().equals(wordings.get(p))) {
                stored.get(p).reworded(wordings.get(p), by, now);
            }
        }
    }

    /** The version clients send back: 0 while nothing is recorded, then the stored version + 1 (a new record is stored as version 0). */
    private static long shownVersion(MeetingMinutes minutes) {
        return minutes == null ? 0 : minutes.getVersion() + 1;
    }

    private static Integer count(RecordMinutes.Votes votes, VoteCast cast) {
        return (int) votes.named().stream().filter(v -> v.vote() == cast).count();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private List<Long> substitutes(Meeting meeting) {
        return em.createQuery("select e.substitutePersonId from AttendanceEntry e where e.attendance.meeting = :m and e.substitutePersonId is not null",
                Long.class).setParameter("m", meeting).getResultList();
    }

    private Optional<ItemMinute> itemMinute(AgendaItem item) {
        return em.createQuery("select m from ItemMinute m where m.item = :i", ItemMinute.class).setParameter("i", item).getResultStream().findFirst();
    }

    private List<NamedVote> namedVotes(ItemMinute minute) {
        return em.createQuery("select v from NamedVote v where v.minute = :m order by v.id", NamedVote.class).setParameter("m", minute).getResultList();
    }

    private List<Resolution> resolutions(AgendaItem item) {
        return em.createQuery("select r from Resolution r where r.item = :i order by r.position", Resolution.class).setParameter("i", item).getResultList();
    }

    private List<String> resolutionTexts(AgendaItem item) {
        return resolutions(item).stream().map(Resolution::getText).toList();
    }

    /** The minutes as a DTO; confidential business in full only when {@code confidential}. */
    public MinutesDto toDto(Meeting meeting, boolean confidential, Viewer viewer) {
        MeetingMinutes minutes = records.minutes(meeting.getId()).orElse(null);
        List<AgendaItem> agenda = records.agenda(meeting.getId());
        Map<Long, List<String>> declared = new HashMap<>();
        for (var d : declarations.list(meeting)) {
            declared.computeIfAbsent(d.getItem().getId(), k -> new ArrayList<>()).add(declarations.toDto(d, viewer, confidential).summary());
        }
        List<ItemMinuteDto> items = new ArrayList<>();
        List<Integer> excludedItems = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        boolean anything = false;
        for (AgendaItem item : agenda) {
            boolean secret = records.confidential(item);
            if (secret) {
                excludedItems.add(item.getPosition());
                paragraphs.add(records.exemptParagraph(item));
            }
            boolean withheld = secret && !confidential;
            ItemMinute minute = itemMinute(item).orElse(null);
            List<String> resolutions = resolutions(item).stream().map(r -> MinutesRules.display(r.getText())).toList();
            anything |= minute != null || !resolutions.isEmpty();
            VotesDto votes = null;
            if (minute != null && (minute.getVotesFor() != null || minute.getVotesAgainst() != null || minute.getAbstentions() != null)) {
                votes = new VotesDto(minute.getVotesFor(), minute.getVotesAgainst(), minute.getAbstentions(), namedVotes(minute).stream()
                        .map(v -> new NamedVoteDto(v.getPersonId(), records.personName(v.getPersonId()), v.getVote())).toList());
            }
            String special = item.isLate() && !withheld ? MinutesRules.specialCircumstances(item.getUrgencyReason()) : null;
            items.add(new ItemMinuteDto(item.getId(), item.getPosition(), item.getTitle(), secret ? uk.gov.hwb.board.api.Part.PART_2 : item.getPart(),
                    records.exemptionLabel(item), item.isKeyDecision(), item.isLate(), special, item.getMinutesOfMeetingId(),
                    withheld || minute == null ? null : minute.getText(), withheld ? List.of() : resolutions, withheld ? null : votes,
                    minute == null ? null : minute.getPublicSummary(), withheld, declared.getOrDefault(item.getId(), List.of()),
                    keyDecisions.problem(item).orElse(null)));
        }
        AttendanceDto present = attendance.toDto(meeting);
        Boolean quorate = present.recorded() ? present.quorum().quorate() : null;
        return new MinutesDto(meeting.getId(), meeting.getBody().getId(), meeting.getBody().getName(),
                meeting.getStart().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime(), minutes == null ? MinutesStatus.DRAFT : minutes.getStatus(),
                minutes != null && anything, minutes == null ? null : minutes.getApprovedAtMeetingId(),
                minutes == null || minutes.getApprovedAtMeetingId() == null ? null
                        : records.meeting(minutes.getApprovedAtMeetingId()).getStart().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime(),
                quorate, Boolean.FALSE.equals(quorate) ? present.quorum().explanation() : null,
                MinutesRules.exclusionResolution(excludedItems, paragraphs), items, confidential, shownVersion(minutes));
    }
}

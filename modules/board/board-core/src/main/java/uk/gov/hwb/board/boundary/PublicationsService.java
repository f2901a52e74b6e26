package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.api.DeadlineDto;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingPhase;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.PublicationDto;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.board.api.PublishAgenda;
import uk.gov.hwb.board.api.PublishedMeetingDto;
import uk.gov.hwb.board.api.PublishedMeetingDto.PublishedItemDto;
import uk.gov.hwb.board.api.PublishedReportDto;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.api.ReportStatus;
import uk.gov.hwb.board.control.CurrentMembers;
import uk.gov.hwb.board.control.KeyDecisionChecks;
import uk.gov.hwb.board.control.MeetingPublished;
import uk.gov.hwb.board.control.MeetingStates;
import uk.gov.hwb.board.control.ReportLayout;
import uk.gov.hwb.board.control.GeneratedAppendices;
import uk.gov.hwb.board.control.PublishedVersions;
import uk.gov.hwb.board.control.Snapshot;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.Publication;
import uk.gov.hwb.board.entity.Report;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Publishes agendas as numbered, frozen versions and serves them to each viewer with confidential
 * content only for members of the body and democratic services.
 */
@Stateless
@Facade
public class PublicationsService implements Publications {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    ReportsService reports;

    @Inject
    CurrentMembers members;

    @Inject
    Event<MeetingPublished> published;

    @Inject
    GeneratedAppendices generated;

    @Inject
    PublishedVersions stored;

    @Inject
    KeyDecisionChecks keyDecisions;

    @Override
    public PublicationDto publish(long meetingId, Viewer viewer) {
        return publish(meetingId, PublishAgenda.ordinary(), viewer);
    }

    @Override
    public PublicationDto publish(long meetingId, PublishAgenda command, Viewer viewer) {
        if (!viewer.isClerk()) {
            throw new ForbiddenException("Only democratic services publish agendas.");
        }
        // One publication of a meeting at a time: each takes the next number, none clashes.
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new NotFoundException("Meeting", meetingId);
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new ConflictException("This meeting is cancelled; its public page already says so. Nothing was published.");
        }
        int versionsSoFar = stored.all(meetingId).size();
        MeetingPhase phase = MeetingStates.phase(meeting.getStatus(), meeting.getStart(), OffsetDateTime.now(CouncilCalendar.ZONE), versionsSoFar);
        String correction = command.correctionReason() == null || command.correctionReason().isBlank() ? null : command.correctionReason().strip();
        if (MeetingStates.correctionNeeded(phase, versionsSoFar) && correction == null) {
            throw new ConflictException("This meeting has been held and its agenda published. Publishing it again changes the public"
                    + " record, so it must be a correction: give the reason for the correction (correctionReason). Nothing was published.");
        }
        if (!MeetingStates.correctionNeeded(phase, versionsSoFar)) {
            correction = null; // only a held meeting's agenda is corrected; before the meeting a new version is simply published
        }
        List<Snapshot.Entry> entries = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        for (AgendaItemDto item : meetings.items(meetingId, viewer)) {
            ReportDto report = null;
            if (item.reportId() != null) {
                Report entity = em.find(Report.class, item.reportId());
                if (entity == null) {
                    notReady.add("item " + item.number() + " links to report " + item.reportId() + ", which does not exist");
                } else if (!entity.getMeeting().getId().equals(meetingId)) {
                    notReady.add("item " + item.number() + " links to report " + item.reportId() + ", which is written for another meeting");
                } else {
                    if (entity.getStatus() != ReportStatus.READY) {
                        notReady.add("item " + item.number() + " '" + item.title() + "': its report '" + entity.getTitle() + "' is "
                                + entity.getStatus().name().toLowerCase() + ", not ready");
                    }
                    report = reports.toDto(entity);
                }
            }
            entries.add(Snapshot.Entry.of(item, report));
        }
        if (!notReady.isEmpty()) {
            throw new ConflictException("Nothing was published: only ready reports can be published, and " + String.join("; ", notReady) + ".");
        }
        DeadlineDto deadline = meetings.deadline(meetingId, viewer);
        String warning = deadline.missed()
                ? "Published after the deadline of " + DAY.format(deadline.publishBy()) + " (five clear working days before the meeting on "
                + DAY.format(deadline.meetingDate()) + "). Late items need an urgency reason and go in the supplementary pack."
                : null;
        // Key decisions of an executive without 28 clear days' notice or a recorded exception: published with a warning
        // (the agenda is lawful to publish; the decision cannot be taken until the notice or exception is in place).
        List<String> keyDecisionProblems = em.createQuery("select i from AgendaItem i where i.meeting.id = :m order by i.position",
                uk.gov.hwb.board.entity.AgendaItem.class).setParameter("m", meetingId).getResultStream()
                .map(keyDecisions::problem).flatMap(java.util.Optional::stream).toList();
        if (!keyDecisionProblems.isEmpty()) {
            String keyWarning = "Key decision not yet allowed – " + String.join(" ", keyDecisionProblems);
            warning = warning == null ? keyWarning : warning + " " + keyWarning;
            warning = warning.length() > 1000 ? warning.substring(0, 999) + "…" : warning;
        }
        int number = publications(meetingId, viewer).size() + 1;
        Publication publication = new Publication(meeting, number, OffsetDateTime.now(CouncilCalendar.ZONE), viewer.username(),
                deadline.missed(), warning, Snapshot.of(entries).toJson());
        publication.setCorrectionReason(correction);
        em.persist(publication);
        for (Snapshot.Entry entry : entries) {
            if (entry.report() != null) {
                entry.report().appendices().stream().filter(AppendixDto::generated).forEach(a -> generated.freeze(publication, a));
            }
        }
        if (meeting.getStatus() == MeetingStatus.DRAFT) {
            meeting.setStatus(MeetingStatus.PUBLISHED);
        }
        em.flush();
        published.fire(new MeetingPublished(meetingId, number));
        return toDto(publication);
    }

    @Override
    public List<PublicationDto> publications(long meetingId, Viewer viewer) {
        meetings.meeting(meetingId, viewer); // a draft is not announced
        return stored.all(meetingId).stream().map(PublicationsService::toDto).toList();
    }

    @Override
    public Optional<PublishedMeetingDto> published(long meetingId, Viewer viewer) {
        MeetingDto meeting = meetings.meeting(meetingId, viewer);
        List<Publication> versions = stored.all(meetingId);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Publication latest = versions.get(versions.size() - 1);
        boolean seesConfidential = seesConfidential(meeting.bodyId(), viewer);
        List<PublishedItemDto> items = Snapshot.fromJson(latest.getSnapshot()).items().stream()
                .map(entry -> item(entry, seesConfidential)).toList();
        OffsetDateTime first = versions.get(0).getPublishedAt().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime();
        OffsetDateTime updated = versions.size() > 1 ? latest.getPublishedAt().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime() : null;
        return Optional.of(new PublishedMeetingDto(meeting, latest.getNumber(), first, updated, items));
    }

    @Override
    public PublishedReportDto publishedReport(long reportId, Viewer viewer) {
        Report report = em.find(Report.class, reportId);
        if (report == null) {
            throw new NotFoundException("Report", reportId);
        }
        Meeting meeting = report.getMeeting();
        List<Publication> versions = stored.all(meeting.getId());
        Snapshot.Entry entry = versions.isEmpty() ? null : Snapshot.fromJson(versions.get(versions.size() - 1).getSnapshot()).items().stream()
                .filter(e -> e.report() != null && e.report().id() == reportId).findFirst().orElse(null);
        if (entry == null) {
            throw new NotFoundException("Report " + reportId + " has not been published.");
        }
        if (entry.confidential() && !seesConfidential(meeting.getBody().getId(), viewer)) {
            throw new ForbiddenException("This report is confidential (Part 2): only members of the " + meeting.getBody().getName()
                    + " and democratic services can read it.");
        }
        return layout(entry);
    }

    @Override
    public boolean seesConfidential(long bodyId, Viewer viewer) {
        return members.seesConfidential(bodyId, viewer);
    }

    static PublishedReportDto layout(Snapshot.Entry entry) {
        ReportDto report = entry.report();
        return new PublishedReportDto(report, ReportLayout.sections(report.sections(), report.appendices()), entry.confidential());
    }

    private static PublishedItemDto item(Snapshot.Entry entry, boolean seesConfidential) {
        AgendaItemDto i = entry.item();
        if (!entry.confidential() || seesConfidential) {
            return new PublishedItemDto(i, entry.confidential(), false, entry.report() == null ? null : layout(entry));
        }
        return new PublishedItemDto(i.withheld(entry.exemptionLabel()), true, true, null);
    }


    private Meeting meeting(long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    private static PublicationDto toDto(Publication p) {
        return new PublicationDto(p.getMeeting().getId(), p.getNumber(), p.getPublishedAt().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime(),
                p.getPublishedBy(), p.isPastDeadline(), p.getWarning(), p.getCorrectionReason());
    }
}

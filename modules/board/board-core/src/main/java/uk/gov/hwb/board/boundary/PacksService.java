package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.hwb.board.api.AgendaPagesDto;
import uk.gov.hwb.board.api.PackJobDto;
import uk.gov.hwb.board.api.PackVariant;
import uk.gov.hwb.board.api.Packs;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.board.api.PublishedReportDto;
import uk.gov.hwb.board.control.CurrentMembers;
import uk.gov.hwb.board.control.PackContents;
import uk.gov.hwb.board.control.PackJobs;
import uk.gov.hwb.board.control.PublishedVersions;
import uk.gov.hwb.board.control.Snapshot;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.Publication;
import uk.gov.hwb.board.entity.StoredPack;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.board.control.BoardDocuments;
import uk.gov.hwb.reports.PageRange;
import uk.gov.hwb.platform.security.Viewer;

/** Serving and (re)building the stored packs of published meetings. */
@Stateless
public class PacksService implements Packs {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    PackJobs jobs;

    @Inject
    PublishedVersions versions;

    @Inject
    CurrentMembers members;

    @Inject
    Publications publications;

    @Inject
    BoardDocuments documents;

    @Override
    public PackJobDto build(long meetingId, Viewer viewer) {
        if (!viewer.isClerk()) {
            throw new ForbiddenException("Only democratic services build packs.");
        }
        meeting(meetingId);
        int number = versions.latest(meetingId).map(Publication::getNumber)
                .orElseThrow(() -> new NotFoundException("Meeting " + meetingId + " has not been published, so it has no packs yet."));
        return jobs.start(meetingId, number);
    }

    @Override
    public PackJobDto job(String jobId) {
        PackJobDto job = jobs.find(jobId);
        if (job == null) {
            throw new NotFoundException("Pack job", jobId);
        }
        return job;
    }

    @Override
    public PackFile pack(long meetingId, PackVariant variant, Viewer viewer) {
        Meeting meeting = meeting(meetingId);
        if (variant == PackVariant.MEMBERS && !members.seesConfidential(meeting.getBody().getId(), viewer)) {
            throw new ForbiddenException("The members' pack holds confidential papers: only members of the " + meeting.getBody().getName()
                    + " and democratic services can have it. The public pack is open to everyone.");
        }
        StoredPack pack = latest(meetingId, variant);
        String name = meeting.getBody().getName().replaceAll("[^A-Za-z0-9]+", "-") + "-"
                + meeting.getStart().toLocalDate() + "-" + variant.name().toLowerCase(Locale.UK) + "-v" + pack.getPublicationNumber() + ".pdf";
        return new PackFile(name, pack.getContent(), pack.getSha256(), pack.getPublicationNumber(), pack.getPageCount());
    }

    @Override
    public List<AgendaPagesDto> agenda(long meetingId) {
        meeting(meetingId);
        StoredPack pack = latest(meetingId, PackVariant.PUBLIC);
        Publication publication = versions.number(meetingId, pack.getPublicationNumber()).orElseThrow();
        Map<Integer, PageRange> ranges = pack.getRanges();
        return Snapshot.fromJson(publication.getSnapshot()).items().stream().map(e -> {
            PageRange range = e.confidential() ? null : ranges.get(e.item().number());
            return new AgendaPagesDto(e.item().number(), e.item().title(), e.item().startTimeLabel(), e.item().part(),
                    e.exemptionLabel(), range == null ? null : new AgendaPagesDto.Pages(range.from(), range.to()));
        }).toList();
    }

    @Override
    public java.util.Optional<String> accessibility(long meetingId, PackVariant variant, Viewer viewer) {
        Meeting meeting = meeting(meetingId);
        if (variant == PackVariant.MEMBERS && !members.seesConfidential(meeting.getBody().getId(), viewer)) {
            return java.util.Optional.empty();
        }
        return em.createQuery("select s from StoredPack s where s.meetingId = :m and s.variant = :v order by s.publicationNumber desc", StoredPack.class)
                .setParameter("m", meetingId).setParameter("v", variant).setMaxResults(1).getResultStream().findFirst()
                .map(StoredPack::getAccessibility);
    }

    @Override
    public byte[] reportPdf(long reportId, Viewer viewer) {
        PublishedReportDto published = publications.publishedReport(reportId, viewer);
        return documents.report(PackContents.report(published.report(), published.sections()));
    }

    private StoredPack latest(long meetingId, PackVariant variant) {
        return em.createQuery("select s from StoredPack s where s.meetingId = :m and s.variant = :v order by s.publicationNumber desc", StoredPack.class)
                .setParameter("m", meetingId).setParameter("v", variant).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Meeting " + meetingId + " has no " + variant.name().toLowerCase(Locale.UK)
                        + " pack" + (variant == PackVariant.SUPPLEMENTARY ? " (it has no late items)" : " yet (packs are built when it is published)") + "."));
    }

    private Meeting meeting(long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }
}

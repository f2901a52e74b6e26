package uk.gov.hwb.board.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.api.PackVariant;
import uk.gov.hwb.board.entity.AppendixContent;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.Publication;
import uk.gov.hwb.board.entity.PublishedDocument;
import uk.gov.hwb.board.entity.StoredPack;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.reports.PackAssembler;
import uk.gov.hwb.reports.PackPart;

/**
 * Builds and stores the three packs of a publication, off the request thread. Rendered reports
 * are cached by their content (the PDF engine's cache), so a rebuild after one report changes renders only that one.
 */
@Stateless
public class PackWorker {

    private static final Logger LOG = Logger.getLogger(PackWorker.class.getName());
    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    People people;

    @Inject
    BoardDocuments documents;

    @Inject
    PublishedVersions versions;

    @Inject
    Instance<MeetingDocuments> meetingDocuments;

    @Inject
    @ConfigProperty(name = "hwb.council.name", defaultValue = "Southend-on-Sea City Council")
    String council;

    @Inject
    @ConfigProperty(name = "hwb.council.address", defaultValue = "Civic Centre, Victoria Avenue, Southend-on-Sea, Essex SS2 6ER")
    String address;

    @Asynchronous
    public void build(PackJobs.Job job) {
        try {
            Publication publication = versions.number(job.meetingId, job.publication).orElseThrow();
            if (em.createQuery("select count(s) from StoredPack s where s.meetingId = :m and s.publicationNumber = :n", Long.class)
                    .setParameter("m", job.meetingId).setParameter("n", job.publication).getSingleResult() > 0) {
                job.finished();
                return;
            }
            Snapshot snapshot = Snapshot.fromJson(publication.getSnapshot());
            List<Snapshot.Entry> withReports = snapshot.items().stream().filter(e -> e.report() != null).toList();
            job.total(withReports.size() + PackVariant.values().length);
            Map<Long, byte[]> reports = new LinkedHashMap<>();
            for (Snapshot.Entry entry : withReports) {
                reports.put(entry.report().id(), render(entry));
                job.step();
            }
            for (PackVariant variant : PackVariant.values()) {
                store(publication, snapshot, variant, reports);
                job.step();
            }
            job.finished();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Building the packs of meeting " + job.meetingId + " failed", e);
            job.failed("The packs could not be built: " + e.getMessage());
        }
    }

    private byte[] render(Snapshot.Entry entry) {
        return documents.report(PackContents.report(entry.report(), ReportLayout.sections(entry.report().sections(), entry.report().appendices())));
    }

    private void store(Publication publication, Snapshot snapshot, PackVariant variant, Map<Long, byte[]> reports) {
        List<Snapshot.Entry> listed = PackContents.listed(snapshot, variant);
        if (variant == PackVariant.SUPPLEMENTARY && listed.isEmpty()) {
            return;
        }
        Meeting meeting = publication.getMeeting();
        List<MeetingDocuments.MeetingDocument> about = new ArrayList<>();
        for (MeetingDocuments source : meetingDocuments) {
            about.addAll(source.documents(meeting.getId(), publication.getNumber(), variant));
        }
        List<PackPart> parts = new ArrayList<>();
        for (Snapshot.Entry entry : listed) {
            int number = entry.item().number();
            if (PackContents.printed(entry, variant)) {
                parts.add(new PackPart(number, number + ". " + entry.item().title(), false, entry.confidential(), reports.get(entry.report().id())));
                for (AppendixDto appendix : entry.report().appendices()) {
                    parts.add(new PackPart(number, "Appendix " + appendix.number() + " – " + appendix.title(), true, entry.confidential(),
                            appendixPdf(publication, appendix)));
                }
            }
            if (!entry.confidential() || variant == PackVariant.MEMBERS) {
                boolean first = parts.stream().noneMatch(p -> p.itemNumber() == number);
                for (MeetingDocuments.MeetingDocument document : about) {
                    if (entry.item().id().equals(document.itemId())) {
                        parts.add(new PackPart(number, first ? number + ". " + document.title() : document.title(), !first,
                                entry.confidential() || document.confidential(), document.pdf()));
                        first = false;
                    }
                }
            }
        }
        int afterAgenda = listed.stream().mapToInt(e -> e.item().number()).max().orElse(0) + 1;
        for (MeetingDocuments.MeetingDocument document : about) {
            if (document.itemId() == null) {
                parts.add(new PackPart(afterAgenda, document.title(), false, document.confidential(), document.pdf()));
            }
        }
        String contact = meeting.getContactOfficerId() == null ? null
                : people.findPerson(meeting.getContactOfficerId()).map(p -> p.name() + (p.jobTitle() == null ? "" : ", " + p.jobTitle())).orElse(null);
        var sheet = PackContents.frontSheet(council, address, meeting.getBody().getName(), meeting.getStart(), meeting.getVenue(),
                publication.getPublishedAt(), contact, listed, variant).withAccessibility(PackContents.accessibility(parts, contact));
        PackAssembler.Pack pack = PackAssembler.assemble(ranges -> documents.frontSheet(sheet, ranges), parts,
                variant == PackVariant.MEMBERS, new PackAssembler.Metadata(sheet.packTitle() + " – " + meeting.getBody().getName() + ", "
                        + sheet.meeting(), council, sheet.packTitle()));
        StoredPack stored = new StoredPack(meeting.getId(), publication.getNumber(), variant, pack.pdf(), PdfCheck.sha256(pack.pdf()),
                pack.pageCount(), pack.ranges(), OffsetDateTime.now(CouncilCalendar.ZONE));
        stored.setAccessibility(sheet.accessibility());
        em.persist(stored);
        em.flush();
    }

    /** A generated appendix as frozen when the agenda was published; an uploaded one as uploaded. */
    private byte[] appendixPdf(Publication publication, AppendixDto appendix) {
        if (appendix.generated()) {
            return versions.document(publication, appendix.id()).map(PublishedDocument::getContent).orElseThrow(() -> new IllegalStateException(
                    "Publication " + publication.getNumber() + " of meeting " + publication.getMeeting().getId()
                            + " holds no frozen copy of appendix " + appendix.id()));
        }
        return em.find(AppendixContent.class, appendix.id()).getContent();
    }
}

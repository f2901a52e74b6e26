package uk.gov.hwb.board.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.hwb.board.entity.Publication;
import uk.gov.hwb.board.entity.PublishedDocument;

/** The stored publications of meetings, and the documents frozen with them: the one place these are looked up. */
@Dependent
public class PublishedVersions {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    /** Every version of a meeting's agenda, first to last. */
    public List<Publication> all(long meetingId) {
        return em.createQuery("select p from Publication p where p.meeting.id = :m order by p.number", Publication.class)
                .setParameter("m", meetingId).getResultList();
    }

    /** Version {@code number} of a meeting's agenda. */
    public Optional<Publication> number(long meetingId, int number) {
        return em.createQuery("select p from Publication p where p.meeting.id = :m and p.number = :n", Publication.class)
                .setParameter("m", meetingId).setParameter("n", number).getResultStream().findFirst();
    }

    /** The meeting's latest version, if it has been published. */
    public Optional<Publication> latest(long meetingId) {
        return em.createQuery("select p from Publication p where p.meeting.id = :m order by p.number desc", Publication.class)
                .setParameter("m", meetingId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The latest version of every published meeting. */
    public List<Publication> latestOfEveryMeeting() {
        return em.createQuery("select p from Publication p where p.number = (select max(q.number) from Publication q where q.meeting = p.meeting)",
                Publication.class).getResultList();
    }

    /** The generated appendix as frozen with a publication. */
    public Optional<PublishedDocument> document(Publication publication, long appendixId) {
        return em.createQuery("select d from PublishedDocument d where d.publication = :p and d.appendixId = :a", PublishedDocument.class)
                .setParameter("p", publication).setParameter("a", appendixId).getResultStream().findFirst();
    }
}

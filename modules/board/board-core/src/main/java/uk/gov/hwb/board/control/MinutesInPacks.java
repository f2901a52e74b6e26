package uk.gov.hwb.board.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.board.api.PackVariant;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.Meeting;

/**
 * The minutes of the previous meeting in the packs of the meeting that approves them, under its
 * "Minutes of the previous meeting" item, as they stand when the packs are built: the public and
 * supplementary packs carry the public minutes (confidential business as its exemption and public
 * summary), the members' pack the full minutes, watermarked when they hold confidential business.
 */
@ApplicationScoped
public class MinutesInPacks implements MeetingDocuments {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    MinutesPdfs minutes;

    @Override
    public List<MeetingDocument> documents(long meetingId, int publicationNumber, PackVariant variant) {
        List<MeetingDocument> documents = new ArrayList<>();
        for (AgendaItem item : em.createQuery("select i from AgendaItem i where i.meeting.id = :m and i.minutesOfMeetingId is not null order by i.position",
                AgendaItem.class).setParameter("m", meetingId).getResultList()) {
            Meeting previous = em.find(Meeting.class, item.getMinutesOfMeetingId());
            boolean full = variant == PackVariant.MEMBERS;
            minutes.pdf(previous.getId(), full).ifPresent(pdf -> documents.add(new MeetingDocument(item.getId(), PreviousMinutes.title(previous),
                    full && minutes.confidentialBusiness(previous.getId()), pdf)));
        }
        return documents;
    }
}

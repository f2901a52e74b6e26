package uk.gov.hwb.board.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.security.Viewer;

/** Which bodies' confidential (Part 2) business a viewer may see. */
@Dependent
public class CurrentMembers {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    /** Bodies the viewer's person is a member of today (from and to dates inclusive); none for the public. */
    public List<Long> bodiesOf(Viewer viewer) {
        if (viewer.personId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(CouncilCalendar.ZONE);
        return em.createQuery("select distinct m.body.id from Membership m where m.personId = :p"
                        + " and m.from <= :today and (m.to is null or m.to >= :today)", Long.class)
                .setParameter("p", viewer.personId()).setParameter("today", today).getResultList();
    }

    /** Democratic services and administrators, or a current member of the body. */
    public boolean seesConfidential(long bodyId, Viewer viewer) {
        return viewer.isClerk() || bodiesOf(viewer).contains(bodyId);
    }
}

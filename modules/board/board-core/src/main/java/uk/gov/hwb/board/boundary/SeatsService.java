package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.hwb.board.api.MembershipRole;
import uk.gov.hwb.board.entity.Body;
import uk.gov.hwb.platform.seats.BodyRef;
import uk.gov.hwb.platform.seats.Seat;
import uk.gov.hwb.platform.seats.Seats;

/**
 * The board module's answer to the kernel's {@link Seats} port: seats are the bodies' memberships,
 * current on a date when it falls between the membership's from and to dates (inclusive).
 */
@Stateless
public class SeatsService implements Seats {

    private static final String CURRENT = " and m.from <= :on and (m.to is null or m.to >= :on)";

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Override
    public List<Seat> seatsOf(long personId, LocalDate on) {
        Map<Long, Seat> seats = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select b.id, b.name, m.role from Membership m join m.body b where m.personId = :p" + CURRENT
                + " order by b.name, b.id", Object[].class).setParameter("p", personId).setParameter("on", on).getResultList()) {
            boolean chair = row[2] == MembershipRole.CHAIR;
            seats.merge((Long) row[0], new Seat((Long) row[0], (String) row[1], chair),
                    (a, b) -> new Seat(a.bodyId(), a.bodyName(), a.chair() || b.chair()));
        }
        return List.copyOf(seats.values());
    }

    @Override
    public Optional<Long> chairOf(long bodyId, LocalDate on) {
        return em.createQuery("select m.personId from Membership m where m.body.id = :b and m.role = :chair" + CURRENT, Long.class)
                .setParameter("b", bodyId).setParameter("chair", MembershipRole.CHAIR).setParameter("on", on).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<BodyRef> bodies() {
        return em.createQuery("select new uk.gov.hwb.platform.seats.BodyRef(b.id, b.name) from Body b order by b.name", BodyRef.class)
                .getResultList();
    }

    @Override
    public Optional<BodyRef> body(long bodyId) {
        return Optional.ofNullable(em.find(Body.class, bodyId)).map(b -> new BodyRef(b.getId(), b.getName()));
    }
}

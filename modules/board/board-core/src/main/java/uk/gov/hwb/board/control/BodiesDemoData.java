package uk.gov.hwb.board.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import uk.gov.hwb.board.api.BodyKind;
import uk.gov.hwb.board.api.MembershipRole;
import uk.gov.hwb.board.entity.Body;
import uk.gov.hwb.board.entity.Membership;
import uk.gov.hwb.platform.demo.DemoData;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.People;

/**
 * Demo data: the bodies named in the seed documents and the Health and Wellbeing Board's members,
 * loaded before the other modules' data (which refers to bodies by id). Idempotent: bodies are
 * looked up by name and members by person first.
 */
@Stateless
public class BodiesDemoData implements DemoData {

    static final String HWB = "Health and Wellbeing Board";

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    People people;

    @Override
    public int order() {
        return BODIES;
    }

    @Override
    public void load() {
        Body hwb = body(HWB, BodyKind.BOARD, null);
        body("SEND Strategic Partnership Board", BodyKind.BOARD, hwb);
        body("Children's Joint Commissioning Group", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Better Care Fund Management Board", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Living Well Partnership Group", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Caring Well Partnership Group", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Ageing Well Partnership Group", BodyKind.PARTNERSHIP_GROUP, hwb);
        member(hwb, "Councillor Maxine Sadza", MembershipRole.CHAIR);
        member(hwb, "Claire Shuter", MembershipRole.MEMBER);
    }

    private void member(Body body, String name, MembershipRole role) {
        people.people(name, new PageRequest(0, 1)).items().stream().findFirst().ifPresent(person -> {
            boolean seated = em.createQuery("select count(m) from Membership m where m.body = :b and m.personId = :p", Long.class)
                    .setParameter("b", body).setParameter("p", person.id()).getSingleResult() > 0;
            if (!seated) {
                Membership membership = new Membership(body, person.id(), role, LocalDate.of(2024, 5, 1));
                membership.setVoting(true);
                membership.setOrganisationId(person.organisationId());
                em.persist(membership);
            }
        });
    }

    private Body body(String name, BodyKind kind, Body parent) {
        return em.createQuery("select b from Body b where b.name = :n", Body.class).setParameter("n", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Body body = new Body(name, kind, parent);
                    em.persist(body);
                    return body;
                });
    }
}

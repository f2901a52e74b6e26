package uk.gov.hwb.board.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.board.api.BodyKind;
import uk.gov.hwb.board.entity.Body;

/**
 * Loads the bodies named in the seed documents when {@code hwb.demo-data} is true. Idempotent:
 * bodies are looked up by name first, so a restart adds nothing twice.
 */
@Singleton
@Startup
@DependsOn("BoardSchema")
public class BoardDemoData {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "hwb.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        Body hwb = body("Health and Wellbeing Board", BodyKind.BOARD, null);
        body("SEND Strategic Partnership Board", BodyKind.BOARD, hwb);
        body("Children's Joint Commissioning Group", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Better Care Fund Management Board", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Living Well Partnership Group", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Caring Well Partnership Group", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Ageing Well Partnership Group", BodyKind.PARTNERSHIP_GROUP, hwb);
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

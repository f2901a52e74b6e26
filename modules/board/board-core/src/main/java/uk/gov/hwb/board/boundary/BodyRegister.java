package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.entity.Body;

/** The register of bodies. */
@Stateless
public class BodyRegister implements Bodies {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Override
    public List<BodyDto> bodies() {
        return em.createQuery("select b from Body b left join fetch b.parent order by b.name", Body.class).getResultList().stream()
                .map(b -> new BodyDto(b.getId(), b.getName(), b.getKind(), b.getParent() == null ? null : b.getParent().getName(), b.getVersion()))
                .toList();
    }
}

package uk.gov.hwb.archfixture.alpha.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import uk.gov.hwb.archfixture.beta.entity.Thing;

/** Wrong on purpose: an entity of module alpha with a JPA association to module beta's entity. */
@Entity
public class Holder {
    @Id
    Long id;

    @ManyToOne
    Thing thing;
}

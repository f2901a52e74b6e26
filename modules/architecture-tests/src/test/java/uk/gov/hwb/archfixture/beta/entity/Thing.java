package uk.gov.hwb.archfixture.beta.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity of the fixture module beta. */
@Entity
public class Thing {
    @Id
    Long id;
}

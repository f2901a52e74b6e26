package uk.gov.hwb.strategies.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.hwb.platform.audit.ModuleWideAuditVisibility;

/** Everyone signed in reads every record of this module, so everyone signed in reads their history. */
@ApplicationScoped
public class StrategiesAuditVisibility extends ModuleWideAuditVisibility {

    @PersistenceContext(unitName = "strategies")
    EntityManager em;

    @Override
    protected EntityManager entityManager() {
        return em;
    }
}

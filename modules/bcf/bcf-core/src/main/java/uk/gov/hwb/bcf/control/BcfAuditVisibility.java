package uk.gov.hwb.bcf.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.hwb.platform.audit.ModuleWideAuditVisibility;

/** Everyone signed in reads every record of this module, so everyone signed in reads their history. */
@ApplicationScoped
public class BcfAuditVisibility extends ModuleWideAuditVisibility {

    @PersistenceContext(unitName = "bcf")
    EntityManager em;

    @Override
    protected EntityManager entityManager() {
        return em;
    }
}

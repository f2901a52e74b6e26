package uk.gov.hwb.send.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.hwb.platform.audit.ModuleWideAuditVisibility;
import uk.gov.hwb.platform.security.Viewer;

/** The history of the SEND partnership's records is for those who may read the records ({@link SendAccess}). */
@ApplicationScoped
public class SendAuditVisibility extends ModuleWideAuditVisibility {

    @PersistenceContext(unitName = "send")
    EntityManager em;

    @Inject
    SendAccess access;

    @Override
    protected EntityManager entityManager() {
        return em;
    }

    @Override
    public boolean seesAll(String entityType, Viewer viewer) {
        return access.mayRead(viewer);
    }
}

package uk.gov.hwb.send.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import uk.gov.hwb.platform.audit.AuditVisibility;
import uk.gov.hwb.platform.audit.OpenToSignedIn;
import uk.gov.hwb.platform.security.Viewer;

/** The history of the SEND partnership's records is for those who may read the records ({@link SendAccess}). */
@ApplicationScoped
public class SendAuditVisibility implements AuditVisibility {

    @PersistenceContext(unitName = "send")
    EntityManager em;

    @Inject
    SendAccess access;

    private volatile Set<String> types;

    @Override
    public Set<String> entityTypes() {
        if (types == null) {
            types = OpenToSignedIn.auditedTypes(em);
        }
        return types;
    }

    @Override
    public boolean seesAll(String entityType, Viewer viewer) {
        return access.mayRead(viewer);
    }

    @Override
    public Set<String> visible(String entityType, Set<String> entityIds, Viewer viewer) {
        return Set.of();
    }
}

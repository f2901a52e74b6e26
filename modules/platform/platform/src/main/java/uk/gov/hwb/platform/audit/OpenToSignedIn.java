package uk.gov.hwb.platform.audit;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The audit visibility of a module whose every record any signed-in user may read (the Better Care
 * Fund, strategies, the SEND partnership): the history of each of its audited entity types is open to
 * everyone signed in and to nobody else. The types are read from the module's persistence unit, so an
 * entity added later is covered without a list to keep. A module that holds anything some signed-in
 * users may not read must implement {@link AuditVisibility} itself instead.
 */
public abstract class OpenToSignedIn implements AuditVisibility {

    private volatile Set<String> types;

    /** The module's persistence unit. */
    protected abstract EntityManager entityManager();

    @Override
    public Set<String> entityTypes() {
        if (types == null) {
            types = auditedTypes(entityManager());
        }
        return types;
    }

    @Override
    public boolean seesAll(String entityType, Viewer viewer) {
        return viewer.isSignedIn();
    }

    @Override
    public Set<String> visible(String entityType, Set<String> entityIds, Viewer viewer) {
        return Set.of();
    }

    /** The audit log's names of the audited entity types of a persistence unit. */
    public static Set<String> auditedTypes(EntityManager em) {
        return em.getMetamodel().getEntities().stream().map(e -> AuditInterceptor.nameOf(e.getJavaType()))
                .filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}

package uk.gov.hwb.platform.audit;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The audit visibility of a module whose records are read all or nothing (the Better Care Fund,
 * strategies, the SEND partnership): whoever may read the module's records may see the history of
 * each of its audited entity types. By default that is everyone signed in; a module with its own
 * readers overrides {@link #seesAll}. The types are read from the module's persistence unit, so an
 * entity added later is covered without a list to keep. A module where some records are hidden
 * from some readers must implement {@link AuditVisibility} record by record instead.
 */
public abstract class ModuleWideAuditVisibility implements AuditVisibility {

    private volatile Set<String> types;

    /** The module's persistence unit. */
    protected abstract EntityManager entityManager();

    @Override
    public Set<String> entityTypes() {
        if (types == null) {
            types = entityManager().getMetamodel().getEntities().stream().map(e -> AuditInterceptor.nameOf(e.getJavaType()))
                    .filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        }
        return types;
    }

    /** Whether the viewer may read the module's records, and so their history: everyone signed in unless overridden. */
    @Override
    public boolean seesAll(String entityType, Viewer viewer) {
        return viewer.isSignedIn();
    }

    @Override
    public Set<String> visible(String entityType, Set<String> entityIds, Viewer viewer) {
        return Set.of();
    }
}

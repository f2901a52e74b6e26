package uk.gov.hwb.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.audit.AuditVisibility;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Who sees the history of the platform's own records: people, organisations and bank holidays are
 * open to everyone signed in (as they are through the API); a user account's history only to its
 * owner (and, as always, democratic services and administrators). Failed sign-ins ("SignIn") are
 * deliberately not claimed, so they stay with democratic services and administrators.
 */
@ApplicationScoped
public class PlatformAuditVisibility implements AuditVisibility {

    private static final Set<String> OPEN = Set.of("Person", "Organisation", "BankHoliday");

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public Set<String> entityTypes() {
        return Set.of("Person", "Organisation", "BankHoliday", "UserAccount");
    }

    @Override
    public boolean seesAll(String entityType, Viewer viewer) {
        return viewer.isSignedIn() && OPEN.contains(entityType);
    }

    @Override
    public Set<String> visible(String entityType, Set<String> entityIds, Viewer viewer) {
        if (!"UserAccount".equals(entityType) || !viewer.isSignedIn()) {
            return Set.of();
        }
        return em.createQuery("select u.id from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", viewer.username()).getResultStream().map(String::valueOf)
                .filter(entityIds::contains).collect(Collectors.toSet());
    }
}

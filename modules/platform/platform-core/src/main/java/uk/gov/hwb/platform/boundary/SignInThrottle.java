package uk.gov.hwb.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.platform.audit.AuditAction;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.entity.SignInFailure;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.SignInGuard;
import uk.gov.hwb.platform.security.SignInThrottleDto;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The sign-in guard on the database (see {@link SignInGuard} for the rule). Limits are settings:
 * {@code hwb.security.sign-in.account-limit} (default 5) and {@code hwb.security.sign-in.address-limit}
 * (default 100).
 */
@Stateless
public class SignInThrottle implements SignInGuard {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    private static final String AUDIT = "insert into platform.audit_entry (at, username, entity, entity_id, action, field, old_value, new_value)"
            + " values (?, ?, 'SignIn', ?, ?, 'address', null, ?)";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "hwb.security.sign-in.account-limit", defaultValue = "5")
    int accountLimit;

    @Inject
    @ConfigProperty(name = "hwb.security.sign-in.address-limit", defaultValue = "100")
    int addressLimit;

    /** How long to wait after the last of {@code failures} failures, once past the limit: 5 s, 10 s, 20 s … at most 60 s. */
    static Duration waitAfter(long failures, int limit) {
        if (failures < limit) {
            return Duration.ZERO;
        }
        long doublings = Math.min(failures - limit, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    @Override
    public Duration waitBefore(String username, String address) {
        OffsetDateTime now = now();
        Duration account = remaining(SignInFailure.ACCOUNT, account(username), accountLimit, now);
        Duration client = remaining(SignInFailure.ADDRESS, address(address), addressLimit, now);
        return account.compareTo(client) >= 0 ? account : client;
    }

    @Override
    public void failed(String username, String address) {
        OffsetDateTime now = now();
        em.createQuery("delete from SignInFailure f where f.failedAt < :cutoff").setParameter("cutoff", now.minus(WINDOW)).executeUpdate();
        em.persist(new SignInFailure(SignInFailure.ACCOUNT, account(username), now));
        em.persist(new SignInFailure(SignInFailure.ADDRESS, address(address), now));
        em.createNativeQuery(AUDIT).setParameter(1, now).setParameter(2, "anonymous").setParameter(3, account(username))
                .setParameter(4, AuditAction.SIGN_IN_FAILED.name()).setParameter(5, address(address)).executeUpdate();
    }

    @Override
    public void succeeded(String username) {
        em.createQuery("delete from SignInFailure f where f.kind = :k and f.subject = :s")
                .setParameter("k", SignInFailure.ACCOUNT).setParameter("s", account(username)).executeUpdate();
    }

    @Override
    public List<SignInThrottleDto> throttles(Viewer viewer) {
        requireAdministrator(viewer);
        OffsetDateTime now = now();
        List<Object[]> rows = em.createQuery("select f.kind, f.subject, count(f), max(f.failedAt) from SignInFailure f"
                        + " where f.failedAt >= :since group by f.kind, f.subject order by max(f.failedAt) desc", Object[].class)
                .setParameter("since", now.minus(WINDOW)).getResultList();
        List<SignInThrottleDto> throttles = new ArrayList<>();
        for (Object[] row : rows) {
            String kind = (String) row[0];
            long failures = (Long) row[2];
            OffsetDateTime last = ((OffsetDateTime) row[3]).atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime();
            Duration wait = waitAfter(failures, SignInFailure.ACCOUNT.equals(kind) ? accountLimit : addressLimit);
            throttles.add(new SignInThrottleDto(kind, (String) row[1], failures, last, wait.isZero() ? null : last.plus(wait)));
        }
        return throttles;
    }

    @Override
    public void clearAccount(String username, Viewer viewer) {
        requireAdministrator(viewer);
        clear(SignInFailure.ACCOUNT, account(username));
    }

    @Override
    public void clearAddress(String address, Viewer viewer) {
        requireAdministrator(viewer);
        clear(SignInFailure.ADDRESS, address(address));
    }

    private static void requireAdministrator(Viewer viewer) {
        if (!viewer.hasAny(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators see and clear failed sign-ins.");
        }
    }

    private void clear(String kind, String subject) {
        em.createQuery("delete from SignInFailure f where f.kind = :k and f.subject = :s")
                .setParameter("k", kind).setParameter("s", subject).executeUpdate();
    }

    private Duration remaining(String kind, String subject, int limit, OffsetDateTime now) {
        Object[] counted = em.createQuery("select count(f), max(f.failedAt) from SignInFailure f"
                        + " where f.kind = :k and f.subject = :s and f.failedAt >= :since", Object[].class)
                .setParameter("k", kind).setParameter("s", subject).setParameter("since", now.minus(WINDOW)).getSingleResult();
        long failures = (Long) counted[0];
        if (failures < limit || counted[1] == null) {
            return Duration.ZERO;
        }
        OffsetDateTime until = ((OffsetDateTime) counted[1]).plus(waitAfter(failures, limit));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** The username as typed, in one case and within the column, so "Admin" and "admin " count together. */
    private static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String address(String address) {
        String a = address == null ? "unknown" : address.strip();
        return a.length() > 100 ? a.substring(0, 100) : a;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

package uk.gov.hwb.platform.security;

import java.time.Duration;
import java.util.List;

/**
 * Slows password guessing without locking anyone out.
 *
 * <p>Failed sign-ins are counted per account (the username as typed, so an unknown username is
 * treated exactly like a known one) and per client address, over the last 15 minutes. Once an
 * account has 5 failures (an address 100: an office behind one address is not slowed by one
 * person's typos, and its other people still sign in), each further attempt must wait — 5 seconds
 * after the last failure, doubling with each failure, at most 60 seconds — and an attempt made
 * before then is answered "wait" without the password being checked. A good sign-in clears its
 * account's count. The counts are in the database, so every server of a cluster applies them,
 * and every failure is written to the audit log (entity {@code SignIn}, id the username tried).
 */
public interface SignInGuard {

    /** How long an attempt for this username from this address must still wait; zero when it may be checked now. */
    Duration waitBefore(String username, String address);

    /** A sign-in was refused: counts it for the username and the address, and audits it. */
    void failed(String username, String address);

    /** A sign-in succeeded: the username's failures are forgotten (the address's are not). */
    void succeeded(String username);

    /** Current counts (within the last 15 minutes) and waits; administrators only. */
    List<SignInThrottleDto> throttles(Viewer viewer);

    /** Forgets an account's failures so it may sign in at once; administrators only. */
    void clearAccount(String username, Viewer viewer);

    /** Forgets an address's failures; administrators only. */
    void clearAddress(String address, Viewer viewer);
}

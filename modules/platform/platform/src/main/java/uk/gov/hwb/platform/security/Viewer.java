package uk.gov.hwb.platform.security;

import java.util.Set;

/**
 * Who is looking: the public (no username) or a signed-in user with their roles and, when the
 * account is linked to one, their person (which is how board memberships are found).
 */
public record Viewer(String username, Long personId, Set<Role> roles) {

    public Viewer {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static Viewer anonymous() {
        return new Viewer(null, null, Set.of());
    }

    public boolean isSignedIn() {
        return username != null;
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Democratic services and administrators see every paper, confidential ones included. */
    public boolean isClerk() {
        return hasAny(Role.DEMOCRATIC_SERVICES, Role.ADMIN);
    }
}

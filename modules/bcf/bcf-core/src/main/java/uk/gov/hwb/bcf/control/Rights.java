package uk.gov.hwb.bcf.control;

import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Who may do what with the Better Care Fund: finance officers (and administrators) keep the figures;
 * board members, authors and other signed-in users read them; the chair of the sign-off body (or
 * democratic services on the chair's behalf) signs off returns, which {@code ReturnsService} checks
 * against the seats. The public sees nothing here.
 */
public final class Rights {

    private Rights() {
    }

    public static boolean keepsFigures(Viewer viewer) {
        return viewer != null && viewer.isSignedIn() && viewer.hasAny(Role.FINANCE, Role.ADMIN);
    }

    public static void requireFinance(Viewer viewer) {
        if (!keepsFigures(viewer)) {
            throw new ForbiddenException("Only finance officers change Better Care Fund figures; you can read them.");
        }
    }

    /** Democratic services record the board's noting; finance officers may too. */
    public static void requireNotingClerk(Viewer viewer) {
        if (viewer == null || !viewer.isSignedIn() || !(viewer.isClerk() || viewer.hasAny(Role.FINANCE))) {
            throw new ForbiddenException("Only democratic services or finance officers record a board's noting of a return.");
        }
    }
}

package uk.gov.hwb.strategies.control;

import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Who may change what, in one place (the services ask; screens and resources cannot forget):
 * <ul>
 *   <li>a strategy is edited by administrators and by its lead: a strategy lead whose account is
 *       linked to the strategy's lead person, or any strategy lead while the strategy has no lead person;</li>
 *   <li>an action's status is updated by whoever edits the strategy, and by the action's lead: the
 *       user linked to the lead person of the action or of the action it is a sub-action of
 *       (partners lead actions without needing a role);</li>
 *   <li>everyone signed in reads.</li>
 * </ul>
 */
public final class StrategyRights {

    private StrategyRights() {
    }

    public static boolean mayCreate(Viewer viewer) {
        return viewer.hasAny(Role.STRATEGY_LEAD, Role.ADMIN);
    }

    public static boolean mayEdit(Long strategyLeadPersonId, Viewer viewer) {
        if (viewer.hasAny(Role.ADMIN)) {
            return true;
        }
        if (!viewer.hasAny(Role.STRATEGY_LEAD)) {
            return false;
        }
        return strategyLeadPersonId == null || strategyLeadPersonId.equals(viewer.personId());
    }

    public static boolean mayUpdate(Long strategyLeadPersonId, Long actionLeadPersonId, Long parentLeadPersonId, Viewer viewer) {
        if (mayEdit(strategyLeadPersonId, viewer)) {
            return true;
        }
        Long person = viewer.personId();
        return viewer.isSignedIn() && person != null && (person.equals(actionLeadPersonId) || person.equals(parentLeadPersonId));
    }
}

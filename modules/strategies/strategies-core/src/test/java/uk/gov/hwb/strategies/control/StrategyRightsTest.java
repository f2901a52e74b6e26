package uk.gov.hwb.strategies.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

class StrategyRightsTest {

    private static Viewer user(Long person, Role... roles) {
        return new Viewer("u", person, Set.of(roles));
    }

    @Test
    void aStrategyIsEditedByItsLeadAndAdministrators() {
        assertThat(StrategyRights.mayEdit(7L, user(7L, Role.STRATEGY_LEAD))).isTrue();
        assertThat(StrategyRights.mayEdit(7L, user(8L, Role.STRATEGY_LEAD))).as("another strategy's lead").isFalse();
        assertThat(StrategyRights.mayEdit(null, user(null, Role.STRATEGY_LEAD))).as("no lead recorded yet").isTrue();
        assertThat(StrategyRights.mayEdit(7L, user(null, Role.ADMIN))).isTrue();
        assertThat(StrategyRights.mayEdit(7L, user(7L, Role.MEMBER))).as("a lead person without the role").isFalse();
    }

    @Test
    void anActionIsUpdatedByItsLeadOrItsParentsLead() {
        assertThat(StrategyRights.mayUpdate(1L, 5L, null, user(5L, Role.AUTHOR))).isTrue();
        assertThat(StrategyRights.mayUpdate(1L, 6L, 5L, user(5L))).as("lead of the parent action").isTrue();
        assertThat(StrategyRights.mayUpdate(1L, 6L, 4L, user(5L, Role.AUTHOR))).isFalse();
        assertThat(StrategyRights.mayUpdate(1L, null, null, user(null, Role.MEMBER))).isFalse();
        assertThat(StrategyRights.mayUpdate(1L, 6L, null, user(1L, Role.STRATEGY_LEAD))).as("the strategy's lead").isTrue();
        assertThat(StrategyRights.mayUpdate(1L, null, null, Viewer.anonymous())).isFalse();
    }
}

package uk.gov.hwb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.Packs;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The facades are the gate: called directly (inside the server, as a screen or another module
 * would call them, not through REST), each method that refuses a caller without the right is
 * refused for the wrong caller and allowed for the right one. (JUnit's own assertions: the test
 * runs inside the deployment, where AssertJ is not.)
 */
@ExtendWith(ArquillianExtension.class)
class FacadeGatesIT {

    static final Viewer CLERK = new Viewer("democratic", null, Set.of(Role.DEMOCRATIC_SERVICES));
    static final Viewer MEMBER = new Viewer("member", null, Set.of(Role.MEMBER));

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Application.ear();
        ear.getAsType(WebArchive.class, "web.war").addClass(FacadeGatesIT.class);
        return ear;
    }

    @Inject
    Meetings meetings;

    @Inject
    Publications publications;

    @Inject
    Packs packs;

    @Test
    void onlyDemocraticServicesPublishAgendasAndBuildPacks() {
        long meeting = meetings.meetings(null, java.time.LocalDate.of(2024, 12, 10), java.time.LocalDate.of(2024, 12, 10), true,
                uk.gov.hwb.platform.paging.PageRequest.of(0, 1)).items().get(0).id();
        assertThrows(ForbiddenException.class, () -> publications.publish(meeting, MEMBER));
        assertThrows(ForbiddenException.class, () -> packs.build(meeting, MEMBER));
        assertEquals(meeting, packs.build(meeting, CLERK).meetingId());
    }
}

package uk.gov.hwb.send.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.platform.seats.BodyRef;
import uk.gov.hwb.platform.seats.Seat;
import uk.gov.hwb.platform.seats.Seats;

/**
 * Who may see and change the SEND partnership's records. Readers: the SEND partnership lead, board
 * members, democratic services and administrators, and anyone with a current seat on the SEND body
 * (the "SEND Strategic Partnership Board" by default, found by name through the kernel's
 * {@link Seats} port). Only the SEND lead changes them. The public sees SEND data only in published
 * board papers.
 */
@ApplicationScoped
public class SendAccess {

    @Inject
    Seats seats;

    @Inject
    @ConfigProperty(name = "hwb.send.body", defaultValue = "SEND Strategic Partnership Board")
    String sendBody;

    public boolean mayRead(Viewer viewer) {
        if (!viewer.isSignedIn()) {
            return false;
        }
        if (viewer.hasAny(Role.SEND_LEAD, Role.MEMBER, Role.DEMOCRATIC_SERVICES, Role.ADMIN)) {
            return true;
        }
        if (viewer.personId() == null) {
            return false;
        }
        Long body = seats.bodies().stream().filter(b -> b.name().equalsIgnoreCase(sendBody)).map(BodyRef::id).findFirst().orElse(null);
        return body != null && seats.seatsOf(viewer.personId(), LocalDate.now(CouncilCalendar.ZONE)).stream().map(Seat::bodyId).anyMatch(body::equals);
    }

    public boolean mayEdit(Viewer viewer) {
        return viewer.isSignedIn() && viewer.hasAny(Role.SEND_LEAD);
    }

    public void requireReader(Viewer viewer) {
        if (!mayRead(viewer)) {
            throw new ForbiddenException("The SEND partnership's records are for the SEND lead, members of the " + sendBody
                    + ", board members and democratic services.");
        }
    }

    public void requireEditor(Viewer viewer) {
        if (!mayEdit(viewer)) {
            throw new ForbiddenException("Only the SEND partnership lead changes the SEND partnership's records.");
        }
    }
}

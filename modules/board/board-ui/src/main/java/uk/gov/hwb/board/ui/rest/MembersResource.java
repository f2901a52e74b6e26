package uk.gov.hwb.board.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.Attendance;
import uk.gov.hwb.board.api.MemberRecordDto;
import uk.gov.hwb.platform.security.Viewer;

/** Members of the boards and groups: the public record of each (bodies sat on, attendance). */
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bodies")
public class MembersResource {

    @Inject
    Attendance attendance;

    @Inject
    Viewer viewer;

    @GET
    @Path("{personId}")
    @Operation(summary = "A member's record: the bodies they sit on and their attendance at each (expected, attended, percentage)")
    public MemberRecordDto get(@PathParam("personId") long personId) {
        return attendance.memberRecord(personId, viewer);
    }
}

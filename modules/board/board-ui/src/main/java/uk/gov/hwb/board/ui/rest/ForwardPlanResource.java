package uk.gov.hwb.board.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.ForwardPlan;
import uk.gov.hwb.board.api.ForwardPlanChanges;
import uk.gov.hwb.board.api.ForwardPlanEntryDto;
import uk.gov.hwb.board.api.NewForwardPlanEntry;
import uk.gov.hwb.platform.paging.Created;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/** The executive's forward plan of key decisions: public notices, kept by democratic services. The PDF is at /api/forward-plan.pdf. */
@Path("forward-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forward plan")
public class ForwardPlanResource {

    @Inject
    ForwardPlan plan;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "The forward plan by decision date: of one body or all; closed=true adds taken and withdrawn entries")
    public List<ForwardPlanEntryDto> list(@QueryParam("body") String body, @QueryParam("closed") String closed) {
        Integer bodyId = Params.optionalInt("body", body);
        return plan.entries(bodyId == null ? null : bodyId.longValue(), "true".equalsIgnoreCase(closed), viewer);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One entry, with what allows its key decision (or the warning why nothing does)")
    public ForwardPlanEntryDto get(@PathParam("id") long id) {
        return plan.entry(id, viewer);
    }

    @POST
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Add a matter to an executive body's forward plan (its notice date is today; 422 /problems/not-executive for a committee)")
    public Response add(NewForwardPlanEntry input, @Context UriInfo uri) {
        ForwardPlanEntryDto created = plan.add(input, viewer);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Change an entry: details, the agenda item it is taken at, a general exception (reg 10) or special urgency (reg 11)")
    public ForwardPlanEntryDto update(@PathParam("id") long id, ForwardPlanChanges input) {
        return plan.update(id, input, viewer);
    }
}

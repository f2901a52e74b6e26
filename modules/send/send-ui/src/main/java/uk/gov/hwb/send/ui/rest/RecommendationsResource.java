package uk.gov.hwb.send.ui.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.ActionDto;
import uk.gov.hwb.send.api.Actions;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.NewAction;
import uk.gov.hwb.send.api.RecommendationChanges;
import uk.gov.hwb.send.api.RecommendationDto;

/** A recommendation and the strategic action plan's actions that answer it. */
@Path("send/recommendations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SEND partnership")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class RecommendationsResource {

    @Inject
    Inspections inspections;

    @Inject
    Actions actions;

    @Inject
    Viewer viewer;

    @GET
    @Path("{id}")
    @Operation(summary = "One recommendation")
    public RecommendationDto get(@PathParam("id") long id) {
        return inspections.recommendation(id, viewer);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Correct a recommendation's wording (send the version you read)")
    public RecommendationDto update(@PathParam("id") long id, RecommendationChanges changes) {
        return inspections.updateRecommendation(id, Params.body(changes), viewer);
    }

    @GET
    @Path("{id}/actions")
    @Operation(summary = "The recommendation's actions with owner, status, milestones by plan year (overdue marked) and progress notes")
    public List<ActionDto> actions(@PathParam("id") long id) {
        return actions.actions(id, viewer);
    }

    @POST
    @Path("{id}/actions")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Add an action: title, owner (ownerPersonId, ownerOrganisationId), status and milestones [{planYear, description, dueOn, completedOn}]")
    public Response addAction(@PathParam("id") long id, NewAction action, @Context UriInfo uri) {
        ActionDto created = actions.add(id, Params.body(action), viewer);
        return Response.created(uri.getBaseUriBuilder().path("send/actions/{id}").build(created.id())).entity(created).build();
    }
}

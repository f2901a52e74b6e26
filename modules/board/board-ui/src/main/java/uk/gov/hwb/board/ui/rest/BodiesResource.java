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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.Attendance;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.CompositionDto;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.api.BodyInput;
import uk.gov.hwb.board.api.MembershipDto;
import uk.gov.hwb.board.api.NewMembership;
import uk.gov.hwb.platform.paging.Created;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/** Bodies, their terms of reference and members. Public to read; democratic services keep them. */
@Path("bodies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bodies")
public class BodiesResource {

    @Inject
    Bodies bodies;

    @Inject
    Attendance attendance;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "All bodies, by name")
    public List<BodyDto> list() {
        return bodies.bodies();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One body with its terms of reference")
    public BodyDto get(@PathParam("id") long id) {
        return bodies.body(id);
    }

    @POST
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Add a body")
    public Response add(BodyInput body, @Context UriInfo uri) {
        BodyDto created = bodies.add(body, viewer);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Change a body or its terms of reference; send the version you read (409 if someone changed it since)")
    public BodyDto update(@PathParam("id") long id, BodyInput body) {
        return bodies.update(id, body, viewer);
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "The body's memberships, current and past")
    public List<MembershipDto> members(@PathParam("id") long id) {
        return bodies.members(id);
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Add a membership: person, role, voting, from and to dates; a deputy names whom they deputise for")
    public Response addMember(@PathParam("id") long id, NewMembership membership) {
        return Response.status(Response.Status.CREATED).entity(bodies.addMember(id, membership, viewer)).build();
    }

    @GET
    @Path("{id}/composition")
    @Operation(summary = "How the current membership fills the seats the law requires (a Health and Wellbeing Board: Health and Social Care Act 2012, s.194(2))")
    public CompositionDto composition(@PathParam("id") long id) {
        return attendance.composition(id, viewer);
    }
}

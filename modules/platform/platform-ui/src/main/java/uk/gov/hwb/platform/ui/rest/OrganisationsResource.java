package uk.gov.hwb.platform.ui.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.platform.paging.Created;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;

/** Organisations: the council, the ICB, providers and other partners. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People and organisations")
@SecurityRequirement(name = "basic")
@RolesAllowed("**")
public class OrganisationsResource {

    @Inject
    People people;

    @GET
    @Operation(summary = "List organisations, by name, a page at a time")
    public Page<OrganisationDto> list(@QueryParam("q") String q, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return people.organisations(q, PageRequest.fromQuery(offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation")
    public OrganisationDto get(@PathParam("id") long id) {
        return people.organisation(id);
    }

    @POST
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @Operation(summary = "Add an organisation")
    public Response add(OrganisationDto organisation, @Context UriInfo uri) {
        OrganisationDto created = people.addOrganisation(organisation);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @Operation(summary = "Change an organisation; send the version you read (409 if someone changed it since)")
    public OrganisationDto update(@PathParam("id") long id, OrganisationDto organisation) {
        return people.updateOrganisation(id, organisation);
    }
}

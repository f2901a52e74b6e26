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
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;

/** People: officers, councillors and partners. Reading needs a sign-in; changes need democratic services. */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People and organisations")
@SecurityRequirement(name = "basic")
@RolesAllowed("**")
public class PeopleResource {

    @Inject
    People people;

    @GET
    @Operation(summary = "List people, by name, a page at a time")
    public Page<PersonDto> list(@QueryParam("q") String q, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return people.people(q, PageRequest.fromQuery(offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person")
    public PersonDto get(@PathParam("id") long id) {
        return people.person(id);
    }

    @POST
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @Operation(summary = "Add a person")
    public Response add(PersonDto person, @Context UriInfo uri) {
        PersonDto created = people.addPerson(person);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @Operation(summary = "Change a person; send the version you read (409 if someone changed it since)")
    public PersonDto update(@PathParam("id") long id, PersonDto person) {
        return people.updatePerson(id, person);
    }
}

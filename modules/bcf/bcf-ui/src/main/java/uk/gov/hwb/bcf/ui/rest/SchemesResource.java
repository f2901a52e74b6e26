package uk.gov.hwb.bcf.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.bcf.api.ActualSpend;
import uk.gov.hwb.bcf.api.SchemeChanges;
import uk.gov.hwb.bcf.api.SchemeDto;
import uk.gov.hwb.bcf.api.Schemes;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/** One scheme line: read, change (send its version), record a quarter's actual spend and the forecast outturn, remove. */
@Path("bcf/schemes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Better Care Fund")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class SchemesResource {

    @Inject
    Schemes schemes;

    @Inject
    Viewer viewer;

    @GET
    @Path("{id}")
    @Operation(summary = "One scheme line with actuals per quarter, forecast outturn and variance")
    public SchemeDto get(@PathParam("id") long id) {
        return schemes.scheme(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Change a scheme line (every field, and the version you read); refused if its source's planned expenditure would exceed its income")
    public SchemeDto update(@PathParam("id") long id, SchemeChanges scheme) {
        return schemes.update(id, Params.body(scheme), viewer);
    }

    @PUT
    @Path("{id}/actuals/{quarter}")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Record a quarter's actual spend {actual, forecast (optional: the outturn now expected), version}")
    public SchemeDto actual(@PathParam("id") long id, @PathParam("quarter") String quarter, ActualSpend spend) {
        return schemes.recordActual(id, Requests.quarter(quarter), Params.body(spend), viewer);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Remove a scheme line (?version= as read)")
    public Response remove(@PathParam("id") long id, @QueryParam("version") String version) {
        Long read = Requests.version(version);
        if (read == null) {
            throw new InvalidInputException("version", "send the version you read, so a line someone else changed is not removed");
        }
        schemes.remove(id, read, viewer);
        return Response.noContent().build();
    }
}

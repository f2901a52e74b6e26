package uk.gov.hwb.bcf.ui.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.bcf.api.Correction;
import uk.gov.hwb.bcf.api.Noting;
import uk.gov.hwb.bcf.api.ReturnChanges;
import uk.gov.hwb.bcf.api.ReturnDto;
import uk.gov.hwb.bcf.api.ReturnStep;
import uk.gov.hwb.bcf.api.Returns;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * One quarterly return and its workflow: draft (finance) → sign-off (the chair of the Health and
 * Wellbeing Board, or democratic services on the chair's behalf) → submit (locks version 1) →
 * corrections (version 2, 3, … with a reason); each version served exactly as stored.
 */
@Path("bcf/returns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Better Care Fund")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class ReturnsResource {

    @Inject
    Returns returns;

    @Inject
    Viewer viewer;

    @GET
    @Path("{id}")
    @Operation(summary = "A return: status, due date with days left and overdue warning, confirmations, narrative, sign-off, versions, notings")
    public ReturnDto get(@PathParam("id") long id) {
        return returns.quarterlyReturn(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Change a draft return (a signed-off one goes back to draft; a submitted one answers 409: correct it instead)")
    public ReturnDto update(@PathParam("id") long id, ReturnChanges changes) {
        return returns.update(id, Params.body(changes), viewer);
    }

    @POST
    @Path("{id}/sign-off")
    @Operation(summary = "Sign off the return: the chair of the plan's sign-off body (the Health and Wellbeing Board), or democratic services on the chair's behalf; optional {version}")
    public ReturnDto signOff(@PathParam("id") long id, ReturnStep step) {
        return returns.signOff(id, step == null ? ReturnStep.any() : step, viewer);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Submit a signed-off return: locks version 1 (stored with its SHA-256); optional {version}")
    public ReturnDto submit(@PathParam("id") long id, ReturnStep step) {
        return returns.submit(id, step == null ? ReturnStep.any() : step, viewer);
    }

    @POST
    @Path("{id}/corrections")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Correct a submitted return {reason}: locks the next version from the figures as they stand; earlier versions stay as stored")
    public ReturnDto correct(@PathParam("id") long id, Correction correction) {
        return returns.correct(id, Params.body(correction), viewer);
    }

    @POST
    @Path("{id}/notings")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Record a board's noting of a locked version {versionNumber, notedOn, meeting, note}")
    public ReturnDto noting(@PathParam("id") long id, Noting noting) {
        return returns.recordNoting(id, Params.body(noting), viewer);
    }

    @GET
    @Path("{id}/versions/{n}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "A locked version exactly as stored (its SHA-256 is the ETag)")
    public Response version(@PathParam("id") long id, @PathParam("n") String n) {
        Integer number = Params.optionalInt("n", n);
        return Requests.file(returns.version(id, number == null ? 0 : number), false);
    }

    @GET
    @Path("{id}/return.xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.WILDCARD})
    @Operation(summary = "The return as an XLSX workbook like the national template (the latest locked version once submitted)")
    public Response workbook(@PathParam("id") long id) {
        return Requests.file(returns.workbook(id), true);
    }
}

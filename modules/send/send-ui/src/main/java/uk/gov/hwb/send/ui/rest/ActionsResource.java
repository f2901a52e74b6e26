package uk.gov.hwb.send.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.ActionChanges;
import uk.gov.hwb.send.api.ActionDto;
import uk.gov.hwb.send.api.Actions;

/** The strategic action plan's actions. */
@Path("send/actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SEND partnership")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class ActionsResource {

    @Inject
    Actions actions;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Every action of the plan, by recommendation and code, with overdue milestones counted for today")
    public List<ActionDto> plan() {
        return actions.plan(viewer);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One action")
    public ActionDto get(@PathParam("id") long id) {
        return actions.action(id, viewer);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Change an action: title, owner, status (ON_COURSE, SOME_SLIPPAGE, AT_RISK, UNDER_REVIEW, COMPLETE, NOT_STARTED),"
            + " milestones (the whole list; those left out are removed) and an optional progress note {period: 'Q2 2024/25', text};"
            + " moving to SOME_SLIPPAGE or AT_RISK needs the note. Send the version you read.")
    public ActionDto update(@PathParam("id") long id, ActionChanges changes) {
        return actions.update(id, Params.body(changes), viewer);
    }
}

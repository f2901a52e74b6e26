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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.AnnualUpdateChanges;
import uk.gov.hwb.send.api.AnnualUpdateDto;
import uk.gov.hwb.send.api.AnnualUpdates;

/** The annual update per recommendation and year ("2023-24"). */
@Path("send/annual-updates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SEND partnership")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class AnnualUpdatesResource {

    @Inject
    AnnualUpdates updates;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "The years with an update, newest first (\"2023-24\")")
    public List<String> years() {
        return updates.years(viewer);
    }

    @GET
    @Path("{year}")
    @Operation(summary = "The year's update, per recommendation: {recommendationId, wanted, did: [...], difference, priority, version}")
    public AnnualUpdateDto get(@PathParam("year") String year) {
        return updates.year(year, viewer);
    }

    @PUT
    @Path("{year}")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Save updates: {updates: [{recommendationId, wanted, did: [...], difference, priority, version}]}")
    public AnnualUpdateDto save(@PathParam("year") String year, AnnualUpdateChanges changes) {
        return updates.save(year, Params.body(changes), viewer);
    }

    @GET
    @Path("{year}/update.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The year's update printed like the partnership's leaflet, as a tagged PDF (PDF/UA)")
    public Response pdf(@PathParam("year") String year) {
        return Pdfs.inline(updates.document(year, viewer), "send-annual-update-" + year + ".pdf");
    }
}

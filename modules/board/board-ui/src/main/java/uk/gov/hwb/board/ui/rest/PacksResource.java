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
import uk.gov.hwb.board.api.PackJobDto;
import uk.gov.hwb.board.api.Packs;

/** Progress of pack builds (started with POST /api/meetings/{id}/packs). */
@Path("pack-jobs")
@RequestScoped
@Tag(name = "Packs")
public class PacksResource {

    @Inject
    Packs packs;

    @GET
    @Path("{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A pack build's progress (items done of total, percent, state)")
    public PackJobDto job(@PathParam("jobId") String jobId) {
        return packs.job(jobId);
    }
}

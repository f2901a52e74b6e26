package uk.gov.hwb.board.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.Reports;
import uk.gov.hwb.platform.security.Viewer;

/** The files of appendices, for whoever may read their report. */
@Path("appendices")
@RequestScoped
@Tag(name = "Reports")
public class AppendicesResource {

    @Inject
    Reports reports;

    @Inject
    Viewer viewer;

    @GET
    @Path("{id}/content")
    @Produces("application/pdf")
    @Operation(summary = "The appendix's PDF (published Part 1 for the public; confidential ones for members of the body)")
    public Response content(@PathParam("id") long id) {
        Reports.AppendixFile file = reports.appendixFile(id, viewer);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_") + "\"")
                .header("ETag", "\"" + file.sha256() + "\"")
                .build();
    }
}

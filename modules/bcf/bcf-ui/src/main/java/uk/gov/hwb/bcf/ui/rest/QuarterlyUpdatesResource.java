package uk.gov.hwb.bcf.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.bcf.api.QuarterlyUpdates;
import uk.gov.hwb.platform.documents.DocumentChoice;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Params;

/**
 * The "Better Care Fund quarterly update" (the generated appendix {@code bcf.quarterly-update}) for
 * finance officers and authors to preview, and the consistency check of a paper's text against it.
 * The public sees it only inside published papers.
 */
@Path("bcf/quarterly-updates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Better Care Fund")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class QuarterlyUpdatesResource {

    /** A paper's text to check against an update, e.g. {"reference": "3/2023-24/Q2", "text": "…2024/25 Quarter 2…"}. */
    public record Check(String reference, String text) {
    }

    /** What the check found: none when the text agrees with the figures. */
    public record Checked(String reference, List<String> contradictions) {
    }

    @Inject
    QuarterlyUpdates updates;

    @GET
    @Operation(summary = "What the update can be generated for: {reference, label}, newest first (reference like 3/2023-24/Q2)")
    public List<DocumentChoice> choices() {
        return updates.choices();
    }

    @GET
    @Path("{plan}/{year}/{quarter}")
    @Produces({"application/pdf", MediaType.WILDCARD})
    @Operation(summary = "The update as a tagged PDF, drawn from the figures as they stand now")
    public Response pdf(@PathParam("plan") String plan, @PathParam("year") String year, @PathParam("quarter") String quarter) {
        String reference = plan + "/" + year + "/" + quarter;
        if (!updates.accepts(reference)) {
            throw new NotFoundException("There is no Better Care Fund quarterly update '" + reference + "'");
        }
        GeneratedDocument document = updates.render(reference);
        return Response.ok(document.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"bcf-quarterly-update-" + year + "-" + quarter + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("check")
    @Operation(summary = "Check a paper's text against an update: another year or quarter named, a stated gap or status the figures do not give")
    public Checked check(Check check) {
        Check body = Params.body(check);
        return new Checked(body.reference(), updates.contradictions(body.reference(), body.text()));
    }
}

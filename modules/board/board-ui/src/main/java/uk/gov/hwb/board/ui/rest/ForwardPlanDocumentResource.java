package uk.gov.hwb.board.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.ForwardPlan;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Viewer;

/** The published forward plan as a tagged PDF. */
@Path("forward-plan.pdf")
@RequestScoped
@Tag(name = "Forward plan")
public class ForwardPlanDocumentResource {

    @Inject
    ForwardPlan plan;

    @Inject
    Viewer viewer;

    @GET
    @Produces("application/pdf")
    @Operation(summary = "The forward plan as a tagged PDF (PDF/UA): open entries of one body or all")
    public Response pdf(@QueryParam("body") String body) {
        Integer bodyId = Params.optionalInt("body", body);
        return Response.ok(plan.pdf(bodyId == null ? null : bodyId.longValue(), viewer), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"forward-plan.pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}

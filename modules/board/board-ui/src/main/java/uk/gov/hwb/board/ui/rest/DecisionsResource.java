package uk.gov.hwb.board.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.DecisionDto;
import uk.gov.hwb.board.api.Decisions;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Viewer;

/** The decisions register: every resolution as soon as it is recorded; confidential ones as their exemption and public summary. */
@Path("decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Minutes and decisions")
public class DecisionsResource {

    @Inject
    Decisions decisions;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Decisions, newest meeting first; filter by body, meeting dates (from, to inclusive) and keyDecision (true or false)")
    public Page<DecisionDto> list(@QueryParam("body") String body, @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("keyDecision") String keyDecision, @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit) {
        Integer bodyId = Params.optionalInt("body", body);
        return decisions.decisions(new Decisions.Query(bodyId == null ? null : bodyId.longValue(), Params.optionalDate("from", from),
                Params.optionalDate("to", to), bool("keyDecision", keyDecision)), viewer, PageRequest.fromQuery(offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One decision")
    public DecisionDto get(@PathParam("id") long id) {
        return decisions.decision(id, viewer);
    }

    private static Boolean bool(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.UK)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, "must be true or false");
        };
    }
}

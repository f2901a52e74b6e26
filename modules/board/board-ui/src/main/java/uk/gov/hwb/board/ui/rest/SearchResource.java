package uk.gov.hwb.board.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.Search;
import uk.gov.hwb.board.api.SearchHitDto;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Viewer;

/** Full-text search of published reports and appendices. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    Search search;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Search published reports and appendix text (q), optionally by body and meeting dates (from, to); Part 2 only for members")
    public Page<SearchHitDto> search(@QueryParam("q") String q, @QueryParam("body") String body, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Integer bodyId = Params.optionalInt("body", body);
        return search.search(q, bodyId == null ? null : bodyId.longValue(), Params.optionalDate("from", from), Params.optionalDate("to", to),
                viewer, PageRequest.fromQuery(offset, limit));
    }
}

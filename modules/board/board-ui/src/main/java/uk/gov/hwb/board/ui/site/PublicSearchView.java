package uk.gov.hwb.board.ui.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.api.Search;
import uk.gov.hwb.board.api.SearchHitDto;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Viewer;

/** Searching published papers by words, body and meeting dates (a GET form, so results can be bookmarked). */
@Named
@RequestScoped
public class PublicSearchView {

    @Inject
    Search search;

    @Inject
    Bodies bodies;

    @Inject
    Viewer viewer;

    private String q;
    private String body;
    private String from;
    private String to;
    private Page<SearchHitDto> results;
    private String error;

    /** Called by f:viewAction once the parameters are set. */
    public void run() {
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            Integer bodyId = Params.optionalInt("body", body);
            results = search.search(q, bodyId == null ? null : bodyId.longValue(), Params.optionalDate("from", from),
                    Params.optionalDate("to", to), viewer, new PageRequest(0, 50));
        } catch (InvalidInputException e) {
            error = e.errors().get(0).field() + ": " + e.errors().get(0).message();
        } catch (RuntimeException e) {
            error = e.getCause() instanceof InvalidInputException invalid ? invalid.getMessage() : "The search could not be run.";
        }
    }

    public List<BodyDto> getBodies() { return bodies.bodies(); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public Page<SearchHitDto> getResults() { return results; }
    public String getError() { return error; }
}

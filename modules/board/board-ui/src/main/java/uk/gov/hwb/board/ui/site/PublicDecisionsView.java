package uk.gov.hwb.board.ui.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.api.DecisionDto;
import uk.gov.hwb.board.api.Decisions;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The public decisions register: every resolution as soon as it is recorded, filtered by body,
 * meeting dates and key decision; confidential decisions as their exemption and public summary.
 */
@Named
@RequestScoped
public class PublicDecisionsView {

    private static final int SHOWN = 200;

    @Inject
    Decisions decisions;

    @Inject
    Bodies bodies;

    @Inject
    Viewer viewer;

    private String body;
    private String from;
    private String to;
    private String key;
    private Page<DecisionDto> results;
    private String error;

    /** Called by f:viewAction once the parameters are set. */
    public void run() {
        try {
            Integer bodyId = Params.optionalInt("body", body);
            Boolean keyDecision = key == null || key.isBlank() ? null : Boolean.valueOf("true".equalsIgnoreCase(key));
            results = decisions.decisions(new Decisions.Query(bodyId == null ? null : bodyId.longValue(), Params.optionalDate("from", from),
                    Params.optionalDate("to", to), keyDecision), viewer, new PageRequest(0, SHOWN));
        } catch (InvalidInputException e) {
            error = e.errors().get(0).field() + ": " + e.errors().get(0).message();
        } catch (RuntimeException e) {
            error = e.getCause() instanceof InvalidInputException invalid ? invalid.getMessage() : "The decisions could not be listed.";
        }
    }

    public List<BodyDto> getBodies() { return bodies.bodies(); }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public Page<DecisionDto> getResults() { return results; }
    public String getError() { return error; }
}

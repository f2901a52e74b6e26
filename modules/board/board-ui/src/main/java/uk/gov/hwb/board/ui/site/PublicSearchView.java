package uk.gov.hwb.board.ui.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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

/**
 * Searching published papers by words, body and meeting dates (a GET form, so results can be
 * bookmarked). Dates are typed as the council writes them, dd/mm/yyyy (an ISO date such as
 * 2024-12-10 in a bookmarked address is understood too), never in the browser's own locale.
 */
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
            results = search.search(q, bodyId == null ? null : bodyId.longValue(), date("Meetings from", from),
                    date("to", to), viewer, new PageRequest(0, 50));
        } catch (InvalidInputException e) {
            error = e.errors().get(0).field() + ": " + e.errors().get(0).message();
        } catch (RuntimeException e) {
            error = e.getCause() instanceof InvalidInputException invalid ? invalid.getMessage() : "The search could not be run.";
        }
    }

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A date typed dd/mm/yyyy (or ISO, from an old bookmark); the message names the field in the form's words. */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        try {
            return typed.contains("/") ? LocalDate.parse(typed, TYPED) : Params.optionalDate(field, typed);
        } catch (DateTimeParseException | InvalidInputException e) {
            throw new InvalidInputException(field, "enter a date as day/month/year, for example 10/12/2024");
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

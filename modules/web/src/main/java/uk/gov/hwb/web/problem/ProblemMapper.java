package uk.gov.hwb.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.RefusedException;
import uk.gov.hwb.platform.problem.TooLargeException;
import uk.gov.hwb.platform.problem.Validations;

/**
 * Turns every exception an API call can end with into a problem document with the right status:
 * invalid input 400 (with field errors), unknown id 404, stale or clashing change 409, anything
 * the JAX-RS runtime rejects with its own status, and anything unexpected 500 with no internals
 * shown (the details go to the server log).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final Pattern JSON_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = problemFor(unwrap(thrown));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Problem problemFor(Throwable t) {
        if (t instanceof InvalidInputException invalid) {
            return Problem.invalid(invalid.getMessage(), invalid.errors());
        }
        if (t instanceof TooLargeException tooLarge) {
            return new Problem("/problems/too-large", "Content Too Large", 413, t.getMessage(),
                    List.of(new FieldError(tooLarge.field(), t.getMessage())));
        }
        if (t instanceof RefusedException refused) {
            return new Problem("/problems/" + refused.type(), refused.status() == 409 ? "Conflict" : "Unprocessable Content", refused.status(),
                    t.getMessage(), refused.errors().isEmpty() ? null : refused.errors());
        }
        if (t instanceof ForbiddenException) {
            return Problem.of(403, "Forbidden", t.getMessage());
        }
        if (t instanceof NotFoundException) {
            return Problem.of(404, "Not found", t.getMessage());
        }
        if (t instanceof ConflictException) {
            return Problem.of(409, "Conflict", t.getMessage());
        }
        if (t instanceof OptimisticLockException || causeOfType(t, OptimisticLockException.class) != null) {
            LOG.info(() -> "409 Conflict: a change met another saved at the same moment (" + t.getClass().getSimpleName() + ")");
            return Problem.of(409, "Conflict", "Someone else changed this at the same time. Reload it and make your change again.");
        }
        Throwable json = causeOfType(t, JsonbException.class);
        if (json != null || t instanceof ProcessingException && causeOfType(t, jakarta.json.JsonException.class) != null) {
            // The JSON-B message names Java classes; the body check (JsonInputCheck) catches nearly all of these first.
            return Problem.invalid("The request body is not valid JSON for this resource.", jsonFieldErrors(t));
        }
        if (t instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            return Problem.of(status, title, status == 404 ? "There is nothing at this address." : web.getMessage());
        }
        LOG.log(Level.SEVERE, "Unexpected error in an API call", t);
        return Problem.of(500, "Internal Server Error", "Something went wrong on the server. It has been logged; please try again or tell the service desk.");
    }

    private static List<FieldError> jsonFieldErrors(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            Matcher property = JSON_PROPERTY.matcher(String.valueOf(c.getMessage()));
            if (property.find()) {
                return List.of(new FieldError(property.group(1), "has a value of the wrong form"));
            }
        }
        return List.of(new FieldError("body", "is not valid JSON of the expected shape"));
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof RuntimeException runtime ? Validations.unwrap(runtime) : t;
    }

    private static Throwable causeOfType(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        return null;
    }
}

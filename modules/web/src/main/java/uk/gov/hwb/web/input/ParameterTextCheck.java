package uk.gov.hwb.web.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.text.PlainText;

/**
 * Query and path parameters of every API call are single lines of text without control characters
 * ({@link PlainText}); anything else is a 400 naming the parameter.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterTextCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        check(request.getUriInfo().getQueryParameters(true), errors);
        check(request.getUriInfo().getPathParameters(true), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                PlainText.problem(value, true).ifPresent(problem -> errors.add(new FieldError(parameter.getKey(), problem)));
            }
        }
    }
}

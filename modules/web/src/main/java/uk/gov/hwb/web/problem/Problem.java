package uk.gov.hwb.web.problem;

import java.util.List;
import uk.gov.hwb.platform.problem.FieldError;

/**
 * An RFC 9457 problem document: the one error shape of the API. {@code errors} lists field
 * problems for invalid input and is omitted otherwise.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem("/problems/invalid-input", "Invalid input", 400, detail, errors);
    }
}

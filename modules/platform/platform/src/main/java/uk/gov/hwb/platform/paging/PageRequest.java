package uk.gov.hwb.platform.paging;

import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;

import java.util.ArrayList;
import java.util.List;

/** Which slice of a list the caller wants; refuses nonsense rather than guessing. */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    /** Far beyond any list here; keeps offset + limit clear of integer overflow everywhere. */
    public static final int MAX_OFFSET = 10_000_000;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (offset < 0 || offset > MAX_OFFSET) {
            errors.add(new FieldError("offset", "must be between 0 and " + MAX_OFFSET));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** From the query parameters {@code offset} and {@code limit} as sent (a malformed one is a 400 naming it), with defaults. */
    public static PageRequest fromQuery(String offset, String limit) {
        return of(Params.optionalInt("offset", offset), Params.optionalInt("limit", limit));
    }

    /** From optional query parameters, with defaults. */
    public static PageRequest of(Integer offset, Integer limit) {
        return new PageRequest(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }
}

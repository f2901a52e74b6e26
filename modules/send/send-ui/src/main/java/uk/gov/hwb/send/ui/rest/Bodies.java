package uk.gov.hwb.send.ui.rest;

import uk.gov.hwb.platform.problem.InvalidInputException;

/** A request without its JSON body is a 400 naming the body, not a null handed to the facade. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "a request body is required");
        }
        return body;
    }
}

package uk.gov.hwb.platform.problem;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (404). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }

    /** For things that exist but are not available to this caller yet, e.g. an unpublished report. */
    public NotFoundException(String message) {
        super(message);
    }
}

package uk.gov.hwb.platform.problem;

import jakarta.ejb.ApplicationException;

/** An upload is bigger than the configured limit (413). Nothing is stored. */
@ApplicationException(rollback = true)
public class TooLargeException extends RuntimeException {

    private final String field;

    public TooLargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

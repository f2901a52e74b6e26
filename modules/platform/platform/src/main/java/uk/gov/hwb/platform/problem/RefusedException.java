package uk.gov.hwb.platform.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request refused by a named rule of the domain (the law, the terms of reference, the state of
 * the record), with its own problem type so a client can tell one refusal from another without
 * reading the words: {@code type} is the last part of {@code /problems/<type>}, e.g.
 * {@code minutes-approval-meeting}. {@code status} is 409 when the state of the record refuses it
 * and 422 when the input names something the rules do not allow; {@code errors} name the fields
 * concerned, if any. Nothing is changed.
 */
@ApplicationException(rollback = true)
public class RefusedException extends RuntimeException {

    private final String type;
    private final int status;
    private final List<FieldError> errors;

    public RefusedException(String type, int status, String message, List<FieldError> errors) {
        super(message);
        this.type = type;
        this.status = status;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** 409: the state of the record refuses it. */
    public static RefusedException conflict(String type, String message) {
        return new RefusedException(type, 409, message, List.of());
    }

    /** 422: the input names something the rules do not allow, in this field. */
    public static RefusedException unprocessable(String type, String field, String message) {
        return new RefusedException(type, 422, message, List.of(new FieldError(field, message)));
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}

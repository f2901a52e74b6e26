package uk.gov.hwb.platform.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that breaks a rule. Carries every field error so the user can fix them all at once;
 * shown as a 400 problem in the API and as field messages on screen. Rolls the transaction back,
 * so nothing half-done is stored.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid";
    }
}

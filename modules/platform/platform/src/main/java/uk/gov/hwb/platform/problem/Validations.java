package uk.gov.hwb.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Runs Bean Validation on an input and turns violations into one {@link InvalidInputException}. */
public final class Validations {

    private Validations() {
    }

    public static <T> T requireValid(Validator validator, T input) {
        if (input == null) {
            throw new InvalidInputException("body", "a request body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            throw new InvalidInputException(errors);
        }
        return input;
    }

    /** Checks the optimistic-lock version a client sent against the stored one. */
    public static void requireVersion(String what, long sent, long stored) {
        if (sent != stored) {
            throw ConflictException.staleVersion(what, sent, stored);
        }
    }
}

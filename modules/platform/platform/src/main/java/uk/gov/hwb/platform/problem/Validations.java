package uk.gov.hwb.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.gov.hwb.platform.text.TextFields;

/** Runs Bean Validation on an input and turns violations into one {@link InvalidInputException}. */
public final class Validations {

    private Validations() {
    }

    public static <T> T requireValid(Validator validator, T input) {
        if (input == null) {
            throw new InvalidInputException("body", "a request body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        // Bean Validation's messages, then the text rule's for fields it has not already refused.
        Set<FieldError> errors = new TreeSet<>(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        violations.forEach(v -> errors.add(new FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage())));
        Set<String> refused = new TreeSet<>(errors.stream().map(FieldError::field).toList());
        TextFields.problems(input).stream().filter(e -> !refused.contains(e.field())).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
        return input;
    }

    /** "backgroundPapers[1].&lt;list element&gt;" is Bean Validation's name for the second background paper. */
    private static String fieldName(String path) {
        return path.replace(".<list element>", "").replace(".<iterable element>", "");
    }

    /** Checks the optimistic-lock version a client sent against the stored one. */
    public static void requireVersion(String what, long sent, long stored) {
        if (sent != stored) {
            throw ConflictException.staleVersion(what, sent, stored);
        }
    }
}

package uk.gov.hwb.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Runs Bean Validation on an input and turns violations into one {@link InvalidInputException}. */
public final class Validations {

    private Validations() {
    }

    public static <T> T requireValid(Validator validator, T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(Params.body(input));
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

    /**
     * The field errors of a facade call that Bean Validation refused (constraints on the facade
     * interface's parameters and on the command records they take), named by the field inside the
     * command ({@code venue}, {@code sections.background}), not by the Java method or parameter.
     */
    public static InvalidInputException invalid(ConstraintViolationException refused) {
        List<FieldError> errors = refused.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return new InvalidInputException(errors.isEmpty() ? List.of(new FieldError("body", refused.getMessage())) : errors);
    }

    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        return !field.isEmpty() ? field.toString() : parameter == null ? "body" : parameter;
    }

    /**
     * The rule break behind an exception a facade call ended with: the container wraps what a
     * session bean throws (and Bean Validation's refusal of its parameters) in {@code EJBException}s.
     */
    public static RuntimeException unwrap(RuntimeException thrown) {
        Throwable current = thrown;
        while (current instanceof jakarta.ejb.EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        if (current instanceof ConstraintViolationException refused) {
            return invalid(refused);
        }
        return current instanceof RuntimeException runtime ? runtime : thrown;
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

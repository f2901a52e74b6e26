package uk.gov.hwb.platform.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads request parameters given as text, so a malformed value is a 400 naming the parameter
 * (JAX-RS would answer a bad {@code @QueryParam int} with a bare 404).
 */
public final class Params {

    /** The dates any input may name: far enough back for history, far enough ahead for any plan. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

    private Params() {
    }

    /** A request's JSON body, which must be there: a missing one is a 400 naming the body, not a null handed to a facade. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "a request body is required");
        }
        return body;
    }

    public static LocalDate requiredDate(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(name, "is required, as a date like 2024-12-10");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + text + "' is not a date; use the form 2024-12-10");
        }
        dateProblem(date).ifPresent(problem -> {
            throw new InvalidInputException(name, problem);
        });
        return date;
    }

    /** Why a date is outside {@link #EARLIEST_DATE} to {@link #LATEST_DATE}, or empty when it is within. */
    public static java.util.Optional<String> dateProblem(LocalDate date) {
        return date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)
                ? java.util.Optional.of("must be a date between " + EARLIEST_DATE + " and " + LATEST_DATE)
                : java.util.Optional.empty();
    }

    /** A date like 2024-12-10, or null when absent or blank. */
    public static LocalDate optionalDate(String name, String text) {
        return text == null || text.isBlank() ? null : requiredDate(name, text);
    }

    public static Integer optionalInt(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + text + "' is not a whole number");
        }
    }

    public static int intOrDefault(String name, String text, int defaultValue) {
        Integer value = optionalInt(name, text);
        return value == null ? defaultValue : value;
    }

    /** One of an enum's values, by name in any case, or null when absent or blank. */
    public static <E extends Enum<E>> E optionalEnum(String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.UK));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.UK)).collect(Collectors.joining(", ")));
        }
    }
}

package uk.gov.hwb.web.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.text.PlainText;
import uk.gov.hwb.platform.problem.TextFields;

/**
 * Checks a JSON request body against the Java type it will be read into, before JSON-B reads it,
 * so every mistake is reported with the field's JSON path ({@code sections.recommendations[1]})
 * in the user's terms: text with control characters (single-line fields, marked
 * {@code @SingleLine}, also refuse line breaks and tabs), an enum value that does not exist (with
 * the allowed values), a value of the wrong type, a whole number out of range, a date that is not a
 * date or lies outside 1900–2999. Records, lists and sets are followed; anything else is only
 * searched for control characters. Unknown properties are ignored, as JSON-B ignores them.
 */
final class JsonInput {

    private static final int MAX_DEPTH = 32;

    private JsonInput() {
    }

    static List<FieldError> problems(JsonValue json, Type type) {
        List<FieldError> errors = new ArrayList<>();
        walk(json, type, "", false, errors, 0);
        return errors;
    }

    private static void walk(JsonValue value, Type type, String path, boolean singleLine, List<FieldError> errors, int depth) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (depth > MAX_DEPTH) {
            errors.add(new FieldError(name(path), "is nested too deeply"));
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || Map.class.isAssignableFrom(raw)) {
            scan(value, path, errors, depth);
        } else if (CharSequence.class.isAssignableFrom(raw)) {
            text(value, path, singleLine, errors);
        } else if (raw.isEnum()) {
            String given = value instanceof JsonString s ? s.getString() : null;
            if (given == null || Arrays.stream(raw.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(given))) {
                errors.add(new FieldError(name(path), "must be one of " + Arrays.stream(raw.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                errors.add(new FieldError(name(path), "must be true or false"));
            }
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class) {
            whole(value, raw, path, errors);
        } else if (raw == BigDecimal.class || raw == BigInteger.class || raw == double.class || raw == Double.class
                || raw == float.class || raw == Float.class || Number.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonNumber) && !(value instanceof JsonString s && isNumber(s.getString()))) {
                errors.add(new FieldError(name(path), "must be a number"));
            }
        } else if (raw == LocalDate.class) {
            date(value, path, errors);
        } else if (raw == OffsetDateTime.class) {
            dateTime(value, path, errors);
        } else if (raw == LocalTime.class) {
            parsed(value, path, errors, LocalTime::parse, "must be a time like 18:05");
        } else if (raw == LocalDateTime.class) {
            parsed(value, path, errors, LocalDateTime::parse, "must be a date and time like 2024-12-10T17:00");
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!(value instanceof JsonArray array)) {
                errors.add(new FieldError(name(path), "must be a list"));
                return;
            }
            Type element = raw.isArray() ? raw.getComponentType() : argument(type);
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), element, path + "[" + i + "]", singleLine, errors, depth + 1);
            }
        } else if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new FieldError(name(path), "must be an object with named fields"));
                return;
            }
            for (Map.Entry<String, JsonValue> property : object.entrySet()) {
                String child = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                RecordComponent component = Arrays.stream(raw.getRecordComponents())
                        .filter(c -> c.getName().equals(property.getKey())).findFirst().orElse(null);
                if (component == null) {
                    scan(property.getValue(), child, errors, depth + 1);
                } else {
                    boolean single = Collection.class.isAssignableFrom(component.getType())
                            ? TextFields.elementsAreSingleLines(component) : TextFields.isSingleLine(component);
                    walk(property.getValue(), component.getGenericType(), child, single, errors, depth + 1);
                }
            }
        } else {
            scan(value, path, errors, depth);
        }
    }

    /** Any JSON whose shape is not known: only its text is checked. */
    private static void scan(JsonValue value, String path, List<FieldError> errors, int depth) {
        if (depth > MAX_DEPTH) {
            errors.add(new FieldError(name(path), "is nested too deeply"));
        } else if (value instanceof JsonString) {
            text(value, path, false, errors);
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                scan(array.get(i), path + "[" + i + "]", errors, depth + 1);
            }
        } else if (value instanceof JsonObject object) {
            object.forEach((key, child) -> scan(child, path.isEmpty() ? key : path + "." + key, errors, depth + 1));
        }
    }

    private static void text(JsonValue value, String path, boolean singleLine, List<FieldError> errors) {
        if (value instanceof JsonString s) {
            PlainText.problem(s.getString(), singleLine).ifPresent(problem -> errors.add(new FieldError(name(path), problem)));
        } else if (value instanceof JsonObject || value instanceof JsonArray) {
            errors.add(new FieldError(name(path), "must be text"));
        }
    }

    private static void whole(JsonValue value, Class<?> type, String path, List<FieldError> errors) {
        BigInteger number = null;
        if (value instanceof JsonNumber n && n.isIntegral()) {
            number = n.bigDecimalValue().toBigIntegerExact();
        } else if (value instanceof JsonString s && s.getString().strip().matches("[-+]?\\d{1,40}")) {
            number = new BigInteger(s.getString().strip());
        }
        long min = type == int.class || type == Integer.class ? Integer.MIN_VALUE
                : type == short.class || type == Short.class ? Short.MIN_VALUE : type == byte.class || type == Byte.class ? Byte.MIN_VALUE : Long.MIN_VALUE;
        long max = type == int.class || type == Integer.class ? Integer.MAX_VALUE
                : type == short.class || type == Short.class ? Short.MAX_VALUE : type == byte.class || type == Byte.class ? Byte.MAX_VALUE : Long.MAX_VALUE;
        if (number == null || number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            errors.add(new FieldError(name(path), "must be a whole number between " + min + " and " + max));
        }
    }

    private static void date(JsonValue value, String path, List<FieldError> errors) {
        Optional<LocalDate> date = parse(value, LocalDate::parse);
        if (date.isEmpty()) {
            errors.add(new FieldError(name(path), "must be a date like 2024-12-10"));
        } else {
            Params.dateProblem(date.get()).ifPresent(problem -> errors.add(new FieldError(name(path), problem)));
        }
    }

    private static void dateTime(JsonValue value, String path, List<FieldError> errors) {
        Optional<OffsetDateTime> time = parse(value, OffsetDateTime::parse);
        if (time.isEmpty()) {
            errors.add(new FieldError(name(path), "must be a date and time with its offset from UTC, like 2024-12-10T17:00:00Z"));
        } else {
            Params.dateProblem(time.get().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())
                    .ifPresent(problem -> errors.add(new FieldError(name(path), problem)));
        }
    }

    private static void parsed(JsonValue value, String path, List<FieldError> errors, java.util.function.Function<String, ?> parser, String message) {
        if (parse(value, parser).isEmpty()) {
            errors.add(new FieldError(name(path), message));
        }
    }

    private static <T> Optional<T> parse(JsonValue value, java.util.function.Function<String, T> parser) {
        if (!(value instanceof JsonString s)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(s.getString()));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type argument(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1 ? p.getActualTypeArguments()[0] : Object.class;
    }
}

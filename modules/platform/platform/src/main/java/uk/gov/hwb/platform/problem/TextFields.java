package uk.gov.hwb.platform.problem;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.gov.hwb.platform.text.PlainText;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * Applies {@link PlainText}'s rule to every text in an input record, nested records and lists
 * included, naming each field by its path ({@code sections.recommendations[1]}). Components
 * marked {@link SingleLine} are held to the single-line rule. Used by
 * {@code Validations.requireValid}, so every facade that validates its input checks its text too.
 */
public final class TextFields {

    private static final int MAX_DEPTH = 8;

    private TextFields() {
    }

    public static List<FieldError> problems(Object input) {
        List<FieldError> errors = new ArrayList<>();
        walk(input, "", false, errors, 0);
        return errors;
    }

    /** A record component marked {@link SingleLine}. */
    public static boolean isSingleLine(RecordComponent component) {
        return component.isAnnotationPresent(SingleLine.class) || component.getAccessor().isAnnotationPresent(SingleLine.class);
    }

    /** A list component whose elements are marked {@link SingleLine}: {@code List<@SingleLine String>}. */
    public static boolean elementsAreSingleLines(RecordComponent component) {
        return component.getAnnotatedType() instanceof AnnotatedParameterizedType list
                && list.getAnnotatedActualTypeArguments().length == 1
                && list.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(SingleLine.class);
    }

    private static void walk(Object value, String path, boolean singleLine, List<FieldError> errors, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            PlainText.problem(text.toString(), singleLine).ifPresent(message -> errors.add(new FieldError(path.isEmpty() ? "body" : path, message)));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", singleLine, errors, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object part;
                try {
                    java.lang.reflect.Method accessor = component.getAccessor();
                    accessor.trySetAccessible(); // records declared inside a class need not be public
                    part = accessor.invoke(value);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                boolean single = part instanceof Collection<?> ? elementsAreSingleLines(component) : isSingleLine(component);
                walk(part, path.isEmpty() ? component.getName() : path + "." + component.getName(), single, errors, depth + 1);
            }
        }
    }
}

package uk.gov.hwb.platform.text;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text that is one line: a name, a title, a venue. Besides the control characters refused in all
 * text ({@link PlainText}), it may not contain a tab or a line break. Checked by Bean Validation
 * at the facades and, for JSON request bodies, before the body is read.
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SingleLine {

    String message() default "must be a single line of text without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

package uk.gov.hwb.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link SingleLine} text with {@link PlainText}'s rule, saying which character is wrong. */
public class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        Optional<String> problem = PlainText.problem(value == null ? null : value.toString(), true);
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.get().replace("{", "\\{").replace("$", "\\$")).addConstraintViolation();
        return false;
    }
}

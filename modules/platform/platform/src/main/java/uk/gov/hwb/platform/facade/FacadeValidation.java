package uk.gov.hwb.platform.facade;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.TextFields;
import uk.gov.hwb.platform.problem.Validations;

/**
 * Validates a facade call's parameters against the constraints of the facade interface (Bean
 * Validation applies an interface method's parameter constraints to its implementations) and
 * the command records' text against the one rule for characters ({@link TextFields}) before the
 * call runs, and refuses it with an {@link InvalidInputException} naming each field inside the
 * command ({@code venue}, {@code sections.background}), which the API shows as a 400 problem and
 * screens as field messages. Nothing is stored: the call never starts.
 */
@Facade
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class FacadeValidation {

    @Inject
    Validator validator;

    @AroundInvoke
    Object validate(InvocationContext call) throws Exception {
        Set<ConstraintViolation<Object>> violations = validator.forExecutables()
                .validateParameters(call.getTarget(), call.getMethod(), call.getParameters());
        if (!violations.isEmpty()) {
            throw Validations.invalid(new ConstraintViolationException(violations));
        }
        for (Object parameter : call.getParameters()) {
            if (parameter instanceof Record command) {
                List<FieldError> text = TextFields.problems(command);
                if (!text.isEmpty()) {
                    throw new InvalidInputException(text);
                }
            }
        }
        return call.proceed();
    }
}

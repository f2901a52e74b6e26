package uk.gov.hwb.platform.facade;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module's facade implementation (the {@code *Service} in {@code boundary}): every call is
 * first checked against the Bean Validation constraints declared on the facade interface's
 * parameters and on the command records they take ({@link FacadeValidation}), so a screen, a
 * resource or another module cannot hand the facade input its interface refuses.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Facade {
}

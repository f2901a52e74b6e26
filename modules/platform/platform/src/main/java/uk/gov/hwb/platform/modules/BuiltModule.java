package uk.gov.hwb.platform.modules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a domain module's API package ({@code package-info.java} of {@code uk.gov.hwb.<module>.api}),
 * that the module is built: from then on the architecture tests require its API to hold its facade
 * interfaces, its core to hold their implementations ({@code boundary}) and its ui to hold its
 * screens, so a module cannot silently lose its parts while the rules still pass on nothing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface BuiltModule {

    /** What the module is for, in a line. */
    String value();
}

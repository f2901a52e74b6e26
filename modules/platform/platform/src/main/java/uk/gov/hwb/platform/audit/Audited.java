package uk.gov.hwb.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JPA entity whose every change is written to the audit log (who, when, field, old and
 * new value) by {@link AuditInterceptor}. Fields named in {@link #masked()} are logged as changed
 * without their values (password hashes, for example); fields named in {@link #ignored()} are not
 * logged at all (copies of other records, such as a publication's frozen snapshot, whose content the
 * audit log must never repeat). Who may read the entries is decided by {@link AuditVisibility}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

    /** The entity's name in the audit log; defaults to the class's simple name. */
    String value() default "";

    String[] masked() default {};

    /** Fields never written to the log, not even as changed. */
    String[] ignored() default {};
}

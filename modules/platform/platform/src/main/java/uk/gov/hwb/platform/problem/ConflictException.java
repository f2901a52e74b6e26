package uk.gov.hwb.platform.problem;

import jakarta.ejb.ApplicationException;

/**
 * The change was based on an out-of-date copy, or clashes with something already stored (409).
 * Nothing is changed; the user reloads and tries again.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String what, long expected, long actual) {
        return new ConflictException(what + " was changed by someone else (your copy is version " + expected
                + ", the stored one is version " + actual + "). Reload it and make your change again.");
    }
}

package uk.gov.hwb.platform.problem;

import jakarta.ejb.ApplicationException;

/** The user is signed in but may not do or see this (403). Nothing is changed. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}

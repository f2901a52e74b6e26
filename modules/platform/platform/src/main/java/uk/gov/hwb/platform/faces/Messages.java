package uk.gov.hwb.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.RefusedException;
import uk.gov.hwb.platform.problem.TooLargeException;
import uk.gov.hwb.platform.problem.Validations;

/**
 * How problems and confirmations show on screen: the same rule breaks the API reports as problem
 * documents appear here as messages, one per field, so every screen reads the same way.
 */
public final class Messages {

    private Messages() {
    }

    public static void saved(String what) {
        add(FacesMessage.SEVERITY_INFO, what);
    }

    public static void warning(String what) {
        add(FacesMessage.SEVERITY_WARN, what);
    }

    /** Shows a rule break, conflict or missing record; rethrows anything else (a real fault). */
    public static void problem(RuntimeException thrown) {
        RuntimeException e = Validations.unwrap(thrown);
        if (e instanceof InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                add(FacesMessage.SEVERITY_ERROR, label(error.field()) + " " + error.message());
            }
            FacesContext.getCurrentInstance().validationFailed();
        } else if (e instanceof RefusedException) {
            add(FacesMessage.SEVERITY_ERROR, e.getMessage());
            FacesContext.getCurrentInstance().validationFailed();
        } else if (e instanceof ConflictException || e instanceof NotFoundException || e instanceof ForbiddenException
                || e instanceof TooLargeException) {
            add(FacesMessage.SEVERITY_ERROR, e.getMessage());
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            throw thrown;
        }
    }

    private static String label(String field) {
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}

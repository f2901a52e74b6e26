package uk.gov.hwb.bcf.api;

/** A step of a return's workflow (sign-off, submission) taken on the version the user read (optional for scripts). */
public record ReturnStep(Long version) {

    public static ReturnStep any() {
        return new ReturnStep(null);
    }
}

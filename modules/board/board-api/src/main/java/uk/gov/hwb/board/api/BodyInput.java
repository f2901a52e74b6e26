package uk.gov.hwb.board.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * A body to add, or a body's new details: {@code version} is the one read, when changing (409 if someone changed it since).
 * {@code executive} says the body takes executive decisions (the forward plan and key-decision rules bind it);
 * {@code statutoryBasis} names the law that sets its membership, if any.
 */
public record BodyInput(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull BodyKind kind,
        Long parentId,
        @Valid TermsOfReferenceDto termsOfReference,
        long version,
        boolean executive,
        StatutoryBasis statutoryBasis) {

    /** JSON input binds to all the components (the shorter constructor is for callers that set neither). */
    @JsonbCreator
    public BodyInput {
    }

    /** A body that is not the executive and whose membership no law sets. */
    public BodyInput(String name, BodyKind kind, Long parentId, TermsOfReferenceDto termsOfReference, long version) {
        this(name, kind, parentId, termsOfReference, version, false, null);
    }
}

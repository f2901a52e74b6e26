package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.gov.hwb.platform.text.SingleLine;

/** A body to add, or a body's new details: {@code version} is the one read, when changing (409 if someone changed it since). */
public record BodyInput(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull BodyKind kind,
        Long parentId,
        @Valid TermsOfReferenceDto termsOfReference,
        long version) {
}

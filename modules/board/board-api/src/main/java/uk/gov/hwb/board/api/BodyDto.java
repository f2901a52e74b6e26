package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * A body that holds meetings: the Health and Wellbeing Board and the groups that report to it.
 * {@code parentName} is filled on the way out; on the way in only {@code parentId} counts.
 */
public record BodyDto(
        Long id,
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull BodyKind kind,
        Long parentId,
        String parentName,
        @Valid TermsOfReferenceDto termsOfReference,
        long version) {
}

package uk.gov.hwb.board.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * A body that holds meetings: the Health and Wellbeing Board and the groups that report to it.
 * {@code parentName} is filled on the way out; on the way in only {@code parentId} counts.
 * {@code executive} says whether the body takes executive decisions (a cabinet or executive
 * committee), to which the forward plan and key-decision rules apply; a Health and Wellbeing Board
 * is a committee of the council, not the executive. {@code statutoryBasis} names the law that
 * sets its membership, if any.
 */
public record BodyDto(
        Long id,
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull BodyKind kind,
        Long parentId,
        String parentName,
        @Valid TermsOfReferenceDto termsOfReference,
        long version,
        boolean executive,
        StatutoryBasis statutoryBasis) {

    /** JSON input binds to all the components (the shorter constructor is for code written before the new ones). */
    @JsonbCreator
    public BodyDto {
    }

    /** A body without the executive flag and statutory basis (as it was before they were recorded). */
    public BodyDto(Long id, String name, BodyKind kind, Long parentId, String parentName, TermsOfReferenceDto termsOfReference, long version) {
        this(id, name, kind, parentId, parentName, termsOfReference, version, false, null);
    }
}

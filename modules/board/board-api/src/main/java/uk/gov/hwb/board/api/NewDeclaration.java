package uk.gov.hwb.board.api;

import uk.gov.hwb.platform.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A declaration of interest: which member (a person sitting on the body, or their substitute), on
 * which agenda item, what kind of interest (one of {@link Declarations#kinds()}), its nature, whether
 * it is a sensitive interest (s.32: its nature is then not published), what the member did, and the
 * dispensation (s.33) that allowed them to take part, if any.
 */
public record NewDeclaration(
        @NotNull(message = "is required") Long itemId,
        @NotNull(message = "is required") Long personId,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @SingleLine String kind,
        @Size(max = 1000, message = "must be at most 1000 characters") String nature,
        boolean sensitive,
        @NotNull(message = "is required: WITHDREW, REMAINED_NO_PART, DISCUSSION_ONLY or DISCUSSION_AND_VOTE") Participation participation,
        @Valid Dispensation dispensation) {

    /**
     * A dispensation granted under s.33: by whom (the standards committee or the officer it
     * delegated to), when, until when (at most four years, s.33(3)), what it allows and on which
     * ground of s.33(2).
     */
    public record Dispensation(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @SingleLine String grantedBy,
            @NotNull(message = "is required") LocalDate grantedOn,
            LocalDate expiresOn,
            @NotNull(message = "is required: DISCUSSION or DISCUSSION_AND_VOTE") DispensationScope scope,
            @Size(max = 500, message = "must be at most 500 characters") String grounds) {
    }
}

package uk.gov.hwb.board.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A person's seat on a body, for a period. A deputy names the membership they deputise for.
 * {@code personName} and {@code organisationName} are filled on the way out.
 */
public record MembershipDto(
        Long id,
        Long bodyId,
        @NotNull Long personId,
        String personName,
        Long organisationId,
        String organisationName,
        @NotNull MembershipRole role,
        Long deputyForId,
        boolean voting,
        @NotNull LocalDate from,
        LocalDate to,
        long version) {
}

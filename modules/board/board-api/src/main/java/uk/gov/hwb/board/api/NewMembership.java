package uk.gov.hwb.board.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A seat to add to a body: the person (and the organisation they represent), role, voting, dates; a deputy names the membership they deputise for. */
public record NewMembership(
        @NotNull Long personId,
        Long organisationId,
        @NotNull MembershipRole role,
        Long deputyForId,
        boolean voting,
        @NotNull LocalDate from,
        LocalDate to) {
}

package uk.gov.hwb.board.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A seat to add to a body: the person (and the organisation they represent), role, voting, dates; a deputy names the
 * membership they deputise for. {@code councillor} says the member sits as an elected councillor (a quorum may require
 * some); {@code seat} is the statutory seat they fill, if the law sets the body's membership.
 */
public record NewMembership(
        @NotNull Long personId,
        Long organisationId,
        @NotNull MembershipRole role,
        Long deputyForId,
        boolean voting,
        @NotNull LocalDate from,
        LocalDate to,
        boolean councillor,
        StatutorySeat seat) {

    /** JSON input binds to all the components (the shorter constructor is for callers that set neither). */
    @JsonbCreator
    public NewMembership {
    }

    /** A membership without the councillor flag and statutory seat. */
    public NewMembership(Long personId, Long organisationId, MembershipRole role, Long deputyForId, boolean voting,
                         LocalDate from, LocalDate to) {
        this(personId, organisationId, role, deputyForId, voting, from, to, false, null);
    }
}

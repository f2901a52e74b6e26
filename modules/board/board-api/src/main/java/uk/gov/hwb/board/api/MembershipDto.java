package uk.gov.hwb.board.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A person's seat on a body, for a period. A deputy names the membership they deputise for.
 * {@code personName} and {@code organisationName} are filled on the way out. {@code councillor}
 * says the member sits as an elected councillor (quorum rules may require some); {@code seat}
 * is the statutory seat they fill, if the body's membership is set by law.
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
        long version,
        boolean councillor,
        StatutorySeat seat) {

    /** JSON input binds to all the components (the shorter constructor is for code written before the new ones). */
    @JsonbCreator
    public MembershipDto {
    }

    /** A membership without the councillor flag and statutory seat. */
    public MembershipDto(Long id, Long bodyId, Long personId, String personName, Long organisationId, String organisationName,
                         MembershipRole role, Long deputyForId, boolean voting, LocalDate from, LocalDate to, long version) {
        this(id, bodyId, personId, personName, organisationId, organisationName, role, deputyForId, voting, from, to, version, false, null);
    }
}

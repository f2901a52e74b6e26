package uk.gov.hwb.platform.seats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who holds which seat on which body: the kernel port through which any module learns that a
 * person sits on or chairs a body (so BCF recognises the Health and Wellbeing Board's chair, and
 * SEND its partnership board's members) without seeing the board module. The board module
 * implements it from its memberships; users are linked to people by their account.
 */
public interface Seats {

    /** The bodies the person sits on on that date (membership from and to inclusive), with whether they chair each. */
    List<Seat> seatsOf(long personId, LocalDate on);

    /** The person chairing the body on that date, if any. */
    Optional<Long> chairOf(long bodyId, LocalDate on);

    /** Every body, by name, for choosing one (e.g. the body that oversees a strategy). */
    List<BodyRef> bodies();

    /** The body with this id, if there is one. */
    Optional<BodyRef> body(long bodyId);
}

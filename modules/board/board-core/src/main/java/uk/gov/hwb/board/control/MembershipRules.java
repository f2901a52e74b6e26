package uk.gov.hwb.board.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.board.api.MembershipRole;
import uk.gov.hwb.platform.problem.FieldError;

/**
 * The rules a new membership must keep: its period runs forwards; a deputy names whom they
 * deputise for, and only where the terms of reference allow deputies; a body has one chair at a time.
 */
public final class MembershipRules {

    /** A period someone already holds the chair. */
    public record Period(LocalDate from, LocalDate to) {
        boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            return (otherTo == null || !otherTo.isBefore(from)) && (to == null || !to.isBefore(otherFrom));
        }
    }

    private MembershipRules() {
    }

    public static List<FieldError> problems(MembershipRole role, Long deputyForId, LocalDate from, LocalDate to,
                                            boolean deputiesAllowed, List<Period> chairs) {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before the start of the membership"));
        }
        if (role == MembershipRole.DEPUTY) {
            if (!deputiesAllowed) {
                errors.add(new FieldError("role", "this body's terms of reference do not allow deputies"));
            }
            if (deputyForId == null) {
                errors.add(new FieldError("deputyForId", "a deputy must name the membership they deputise for"));
            }
        } else if (deputyForId != null) {
            errors.add(new FieldError("deputyForId", "only a deputy deputises for someone"));
        }
        if (role == MembershipRole.CHAIR && from != null && chairs.stream().anyMatch(c -> c.overlaps(from, to))) {
            errors.add(new FieldError("role", "the body already has a chair for part of this period"));
        }
        return errors;
    }
}

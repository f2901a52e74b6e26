package uk.gov.hwb.board.control;

import java.time.LocalDate;
import java.util.Optional;
import uk.gov.hwb.board.api.DispensationScope;
import uk.gov.hwb.board.api.Participation;

/**
 * What a member with a disclosable pecuniary interest may do (Localism Act 2011). Without a
 * dispensation they may not take part in any discussion of the matter nor vote on it (s.31(4)).
 * A dispensation under s.33 may allow them to take part in the discussion, or in the discussion and
 * the vote; it is granted for a period of at most four years (s.33(3)) and must be in force on the
 * day of the meeting. Other kinds of interest are for the local code of conduct, which this rule
 * leaves to the member's judgement as recorded.
 */
public final class DispensationRule {

    /** The longest a dispensation may last (s.33(3)). */
    public static final int MAX_YEARS = 4;

    /** A dispensation as recorded. */
    public record Dispensation(LocalDate grantedOn, LocalDate expiresOn, DispensationScope scope) {
    }

    private DispensationRule() {
    }

    /** Why the dispensation cannot be relied on for a meeting on {@code meetingDay}, if it cannot. */
    public static Optional<String> invalid(Dispensation dispensation, LocalDate meetingDay) {
        if (dispensation.grantedOn().isAfter(meetingDay)) {
            return Optional.of("the dispensation was granted after the meeting");
        }
        LocalDate longest = dispensation.grantedOn().plusYears(MAX_YEARS);
        if (dispensation.expiresOn() != null && dispensation.expiresOn().isAfter(longest)) {
            return Optional.of("a dispensation lasts at most four years (Localism Act 2011, s.33(3))");
        }
        LocalDate end = dispensation.expiresOn() == null ? longest : dispensation.expiresOn();
        if (end.isBefore(meetingDay)) {
            return Optional.of("the dispensation had expired by the meeting");
        }
        return Optional.empty();
    }

    /**
     * Why a member with a disclosable pecuniary interest may not have done what is recorded, if so.
     *
     * @param dispensation the dispensation recorded, or null
     */
    public static Optional<String> refusal(boolean disclosablePecuniary, Participation participation, Dispensation dispensation,
                                           LocalDate meetingDay) {
        if (!disclosablePecuniary || !participation.discusses()) {
            return Optional.empty();
        }
        if (dispensation == null) {
            return Optional.of("with a disclosable pecuniary interest a member may take no part in the discussion or the vote"
                    + " (Localism Act 2011, s.31(4)) unless a dispensation under s.33 is recorded");
        }
        Optional<String> invalid = invalid(dispensation, meetingDay);
        if (invalid.isPresent()) {
            return invalid;
        }
        if (participation.votes() && dispensation.scope() != DispensationScope.DISCUSSION_AND_VOTE) {
            return Optional.of("the dispensation allows the member to take part in the discussion, not to vote");
        }
        return Optional.empty();
    }

    /** Whether the member may vote on the item: not with a disclosable pecuniary interest unless a dispensation covers voting. */
    public static boolean mayVote(boolean disclosablePecuniary, Dispensation dispensation, LocalDate meetingDay) {
        return refusal(disclosablePecuniary, Participation.DISCUSSION_AND_VOTE, dispensation, meetingDay).isEmpty();
    }
}

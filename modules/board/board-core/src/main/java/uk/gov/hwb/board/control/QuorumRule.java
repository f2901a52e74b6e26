package uk.gov.hwb.board.control;

import java.util.List;
import uk.gov.hwb.board.api.AttendanceStatus;
import uk.gov.hwb.board.api.QuorumDto;

/**
 * Whether a meeting was quorate. The quorum is set by the body's terms of reference as a rule:
 * at least N voting members present, of whom at least C are councillors ("3 members, including one
 * councillor"). A member's deputy, attending in their place where the terms of reference allow
 * substitutes, counts for them (as a councillor if the deputy is one). Non-voting members do not
 * count. Where the terms of reference set no quorum, the Local Government Act 1972's default for a
 * council, one quarter of the (voting) membership, is used (Sch.12, para.6), rounded up and never below one.
 */
public final class QuorumRule {

    /** A member's seat at the meeting: whether it votes, whether they (or their deputy) are councillors, and what they did. */
    public record Seat(boolean voting, boolean councillor, AttendanceStatus status, boolean substituteIsCouncillor) {
    }

    private QuorumRule() {
    }

    /**
     * @param members     the terms of reference's quorum in members, or null when none is set
     * @param councillors how many of them must be councillors, or null
     * @param recorded    whether attendance has been recorded at all
     */
    public static QuorumDto assess(Integer members, Integer councillors, List<Seat> seats, boolean substitutesAllowed, boolean recorded) {
        long voting = seats.stream().filter(Seat::voting).count();
        int required = members != null ? members : (int) Math.max(1, (voting + 3) / 4);
        int councillorsRequired = councillors == null ? 0 : councillors;
        String rule = members != null
                ? required + (required == 1 ? " member" : " members") + (councillorsRequired > 0 ? ", including " + councillorsRequired
                + (councillorsRequired == 1 ? " councillor" : " councillors") : "") + " (terms of reference)"
                : "One quarter of the " + voting + " voting members, " + required
                + " (no quorum in the terms of reference: Local Government Act 1972, Sch.12, para.6)";
        int present = 0;
        int councillorsPresent = 0;
        for (Seat seat : seats) {
            if (!seat.voting() || seat.status() == null) {
                continue;
            }
            if (seat.status() == AttendanceStatus.PRESENT) {
                present++;
                councillorsPresent += seat.councillor() ? 1 : 0;
            } else if (seat.status() == AttendanceStatus.SUBSTITUTED && substitutesAllowed) {
                present++;
                councillorsPresent += seat.substituteIsCouncillor() ? 1 : 0;
            }
        }
        boolean quorate = recorded && present >= required && councillorsPresent >= councillorsRequired;
        String explanation;
        if (!recorded) {
            explanation = "Attendance has not been recorded yet; the quorum is " + rule + ".";
        } else if (quorate) {
            explanation = "Quorate: " + present + " voting " + (present == 1 ? "member" : "members") + " present"
                    + (councillorsRequired > 0 ? " (" + councillorsPresent + (councillorsPresent == 1 ? " councillor" : " councillors") + ")" : "")
                    + "; the quorum is " + rule + ".";
        } else {
            explanation = "Inquorate: " + present + " voting " + (present == 1 ? "member" : "members") + " present"
                    + (councillorsRequired > 0 ? ", " + councillorsPresent + (councillorsPresent == 1 ? " councillor" : " councillors") : "")
                    + "; the quorum is " + rule + ".";
        }
        return new QuorumDto(required, present, quorate, councillorsRequired, councillorsPresent, recorded, rule, explanation);
    }
}

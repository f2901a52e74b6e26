package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.board.api.AttendanceStatus.ABSENT;
import static uk.gov.hwb.board.api.AttendanceStatus.APOLOGIES;
import static uk.gov.hwb.board.api.AttendanceStatus.PRESENT;
import static uk.gov.hwb.board.api.AttendanceStatus.SUBSTITUTED;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.board.api.QuorumDto;
import uk.gov.hwb.board.control.QuorumRule.Seat;

/** The quorum as the terms of reference set it: "3 members, including one councillor"; deputies count for their member. */
class QuorumRuleTest {

    private static Seat councillor(uk.gov.hwb.board.api.AttendanceStatus status) {
        return new Seat(true, true, status, false);
    }

    private static Seat officer(uk.gov.hwb.board.api.AttendanceStatus status) {
        return new Seat(true, false, status, false);
    }

    @Test
    void threeMembersIncludingACouncillorAreQuorate() {
        QuorumDto q = QuorumRule.assess(3, 1, List.of(councillor(PRESENT), officer(PRESENT), officer(PRESENT), officer(APOLOGIES)), true, true);
        assertThat(q.quorate()).isTrue();
        assertThat(q.present()).isEqualTo(3);
        assertThat(q.councillorsPresent()).isEqualTo(1);
        assertThat(q.rule()).isEqualTo("3 members, including 1 councillor (terms of reference)");
        assertThat(q.explanation()).startsWith("Quorate: 3 voting members present (1 councillor)");
    }

    @Test
    void enoughMembersWithoutACouncillorAreInquorate() {
        QuorumDto q = QuorumRule.assess(3, 1, List.of(councillor(APOLOGIES), officer(PRESENT), officer(PRESENT), officer(PRESENT)), true, true);
        assertThat(q.quorate()).isFalse();
        assertThat(q.present()).isEqualTo(3);
        assertThat(q.councillorsPresent()).isZero();
        assertThat(q.explanation()).startsWith("Inquorate: 3 voting members present, 0 councillors");
    }

    @Test
    void aDeputyCountsForTheMemberTheyReplaceAndAsACouncillorIfTheyAreOne() {
        List<Seat> seats = List.of(new Seat(true, true, SUBSTITUTED, true), officer(PRESENT), officer(PRESENT));
        assertThat(QuorumRule.assess(3, 1, seats, true, true).quorate()).isTrue();
        // A councillor's deputy who is not a councillor fills the seat but not the councillor requirement.
        List<Seat> officerDeputy = List.of(new Seat(true, true, SUBSTITUTED, false), officer(PRESENT), officer(PRESENT));
        QuorumDto q = QuorumRule.assess(3, 1, officerDeputy, true, true);
        assertThat(q.present()).isEqualTo(3);
        assertThat(q.quorate()).isFalse();
    }

    @Test
    void substitutesDoNotCountWhereTheTermsOfReferenceAllowNone() {
        List<Seat> seats = List.of(new Seat(true, true, SUBSTITUTED, true), councillor(PRESENT), officer(PRESENT));
        QuorumDto q = QuorumRule.assess(3, 1, seats, false, true);
        assertThat(q.present()).isEqualTo(2);
        assertThat(q.quorate()).isFalse();
    }

    @Test
    void nonVotingMembersAndAbsenteesDoNotCount() {
        List<Seat> seats = List.of(councillor(PRESENT), new Seat(false, false, PRESENT, false), officer(ABSENT), officer(PRESENT));
        assertThat(QuorumRule.assess(3, 0, seats, true, true).present()).isEqualTo(2);
    }

    @Test
    void withoutAQuorumInTheTermsOfReferenceOneQuarterOfTheVotingMembersIsUsed() {
        List<Seat> ten = java.util.Collections.nCopies(10, officer(null));
        QuorumDto q = QuorumRule.assess(null, null, ten, true, false);
        assertThat(q.required()).isEqualTo(3);
        assertThat(q.rule()).contains("One quarter of the 10 voting members").contains("Sch.12, para.6");
        assertThat(q.quorate()).as("nothing recorded yet").isFalse();
        assertThat(q.explanation()).startsWith("Attendance has not been recorded yet");
    }
}

package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Who came to a meeting, whether it was quorate, and each member's record of attendance. Attendance
 * is public once the meeting is announced (the minutes list who was present); democratic services
 * record it.
 */
public interface Attendance {

    /**
     * The meeting's attendance: every member expected (memberships current on the day, deputies
     * excepted) with what they did, the officers and others in attendance, and the quorum.
     */
    AttendanceDto attendance(long meetingId, Viewer viewer);

    /**
     * Records the attendance as a whole (members left out stay unrecorded). A substitute is refused
     * where the terms of reference allow no deputies, and where the member has named deputies and
     * the substitute is not one of them. The meeting becomes Held.
     */
    AttendanceDto record(long meetingId, @NotNull @Valid RecordAttendance attendance, Viewer viewer);

    /** The quorum the body's terms of reference require and whether the meeting had it. */
    QuorumDto quorum(long meetingId, Viewer viewer);

    /** A member's public page: the bodies they sit on and their record of attendance at each. */
    MemberRecordDto memberRecord(long personId, Viewer viewer);

    /** How the body's current membership fills the seats the law requires of it, if any. */
    CompositionDto composition(long bodyId, Viewer viewer);
}

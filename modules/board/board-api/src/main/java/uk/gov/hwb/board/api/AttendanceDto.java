package uk.gov.hwb.board.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting's attendance. {@code recorded} is false until democratic services record it;
 * {@code substitutesAllowed} is whether the body's terms of reference allow deputies.
 */
public record AttendanceDto(long meetingId, long bodyId, String bodyName, boolean recorded, boolean substitutesAllowed,
                            List<MemberAttendanceDto> members, List<OtherAttendeeDto> others, QuorumDto quorum,
                            String recordedBy, OffsetDateTime recordedAt, long version) {

    /**
     * A member expected at the meeting and what they did ({@code status} null while unrecorded);
     * {@code namedDeputies} are the people registered as their deputies, if any.
     */
    public record MemberAttendanceDto(long membershipId, long personId, String name, MembershipRole role, boolean voting,
                                      boolean councillor, StatutorySeat seat, AttendanceStatus status, Long substitutePersonId,
                                      String substituteName, List<DeputyDto> namedDeputies) {
    }

    /** A registered deputy of a member. */
    public record DeputyDto(long personId, String name) {
    }

    /** An officer or someone else in attendance. */
    public record OtherAttendeeDto(Long personId, String name, String capacity, OtherAttendeeKind kind) {
    }
}

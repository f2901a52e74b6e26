package uk.gov.hwb.board.api;

import uk.gov.hwb.platform.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The attendance of a meeting as democratic services record it: what each member did, and who else
 * attended. {@code version} is the attendance's version as read (0 before anything is recorded).
 */
public record RecordAttendance(
        @Size(max = 300, message = "at most 300 members") List<@NotNull @Valid MemberAttendance> members,
        @Size(max = 300, message = "at most 300 others in attendance") List<@NotNull @Valid OtherAttendee> others,
        @NotNull(message = "send back the version you read (0 the first time)") Long version) {

    /** A member's attendance; {@code substitutePersonId} names who came in their place when SUBSTITUTED. */
    public record MemberAttendance(
            @NotNull(message = "is required") Long membershipId,
            @NotNull(message = "is required: PRESENT, APOLOGIES, ABSENT or SUBSTITUTED") AttendanceStatus status,
            Long substitutePersonId) {
    }

    /** Someone else in attendance: a person the system knows, or a name, with their capacity ("Director of Public Health"). */
    public record OtherAttendee(
            Long personId,
            @Size(max = 200, message = "must be at most 200 characters") @SingleLine String name,
            @Size(max = 200, message = "must be at most 200 characters") @SingleLine String capacity,
            @NotNull(message = "is required: OFFICER or OTHER") OtherAttendeeKind kind) {
    }
}

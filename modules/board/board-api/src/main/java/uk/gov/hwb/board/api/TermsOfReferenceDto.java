package uk.gov.hwb.board.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * A body's terms of reference: why it exists, to whom it answers, how often it meets, what makes
 * it quorate, how long a chair serves, whether deputies may attend, and when the terms are next reviewed.
 * The quorum is kept in words ({@code quorum}) and as the rule the system applies: at least
 * {@code quorumMembers} voting members present, of whom at least {@code quorumCouncillors} are
 * councillors ("3 members, including one councillor"). A deputy attending for a member counts in
 * their place.
 */
public record TermsOfReferenceDto(
        @Size(max = 4000) String purpose,
        @Size(max = 2000) String accountability,
        @Size(max = 200) @SingleLine String meetingFrequency,
        @Size(max = 200) @SingleLine String quorum,
        @Size(max = 200) @SingleLine String chairTerm,
        boolean deputiesAllowed,
        LocalDate reviewDate,
        @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100") Integer quorumMembers,
        @Min(value = 0, message = "must be 0 or more") @Max(value = 100, message = "must be at most 100") Integer quorumCouncillors) {

    /** JSON input binds to all the components (a record with two constructors needs its creator named). */
    @JsonbCreator
    public TermsOfReferenceDto {
    }

    /** Terms of reference without a structured quorum. */
    public TermsOfReferenceDto(String purpose, String accountability, String meetingFrequency, String quorum, String chairTerm,
                               boolean deputiesAllowed, LocalDate reviewDate) {
        this(purpose, accountability, meetingFrequency, quorum, chairTerm, deputiesAllowed, reviewDate, null, null);
    }
}

package uk.gov.hwb.board.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * A body's terms of reference: why it exists, to whom it answers, how often it meets, what makes
 * it quorate, how long a chair serves, whether deputies may attend, and when the terms are next reviewed.
 */
public record TermsOfReferenceDto(
        @Size(max = 4000) String purpose,
        @Size(max = 2000) String accountability,
        @Size(max = 200) @SingleLine String meetingFrequency,
        @Size(max = 200) @SingleLine String quorum,
        @Size(max = 200) @SingleLine String chairTerm,
        boolean deputiesAllowed,
        LocalDate reviewDate) {
}

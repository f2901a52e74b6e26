package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A draft return's confirmations (Section 75 signed, national conditions met, each with its
 * explanation), narrative (challenges, achievements, support needed) and due date. Changing a return
 * the chair has signed off takes it back to draft: the chair signs off what is submitted.
 */
public record ReturnChanges(
        boolean section75Signed,
        @Size(max = 4000) String section75Explanation,
        boolean nationalConditionsMet,
        @Size(max = 4000) String conditionsExplanation,
        @Size(max = 4000) String challenges,
        @Size(max = 4000) String achievements,
        @Size(max = 4000) String supportNeeded,
        @NotNull LocalDate due,
        long version) {
}

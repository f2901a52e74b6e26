package uk.gov.hwb.board.api;

import uk.gov.hwb.platform.text.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A matter for the forward plan: the executive body deciding it, the matter, when the decision is
 * due, whether it is a key decision, whether it may be taken in private (Part 2 with its
 * Schedule 12A paragraph, reg 5), the lead officer and the documents to be considered.
 */
public record NewForwardPlanEntry(
        @NotNull(message = "is required") Long bodyId,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") @SingleLine String title,
        @Size(max = 4000, message = "must be at most 4000 characters") String matter,
        @NotNull(message = "is required") LocalDate decisionDue,
        boolean keyDecision,
        Part part,
        @Min(value = 1, message = "must be 1 to 7") @Max(value = 7, message = "must be 1 to 7") Integer exemptParagraph,
        @Size(max = 200, message = "must be at most 200 characters") @SingleLine String decisionMaker,
        @Size(max = 200, message = "must be at most 200 characters") @SingleLine String leadOfficer,
        @Size(max = 1000, message = "must be at most 1000 characters") String documents) {
}

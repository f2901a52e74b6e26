package uk.gov.hwb.board.api;

import uk.gov.hwb.platform.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Changes a forward plan entry. {@code itemId} links it to the agenda item at which the decision
 * is taken; {@code generalException} and {@code specialUrgency} record the steps of regs 10 and 11
 * when 28 clear days' notice could not be given. {@code version} as read.
 */
public record ForwardPlanChanges(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") @SingleLine String title,
        @Size(max = 4000, message = "must be at most 4000 characters") String matter,
        @NotNull(message = "is required") LocalDate decisionDue,
        boolean keyDecision,
        Part part,
        @Min(value = 1, message = "must be 1 to 7") @Max(value = 7, message = "must be 1 to 7") Integer exemptParagraph,
        @Size(max = 200, message = "must be at most 200 characters") @SingleLine String decisionMaker,
        @Size(max = 200, message = "must be at most 200 characters") @SingleLine String leadOfficer,
        @Size(max = 1000, message = "must be at most 1000 characters") String documents,
        Long itemId,
        ForwardPlanStatus status,
        @Valid GeneralException generalException,
        @Valid SpecialUrgency specialUrgency,
        @NotNull(message = "send back the version you read") Long version) {

    /**
     * Reg 10: the chair of the relevant overview and scrutiny committee told in writing, and a
     * public notice with the reasons published, both at least 5 clear days before the decision.
     */
    public record GeneralException(
            @NotNull(message = "is required") LocalDate scrutinyChairInformedOn,
            @NotNull(message = "is required") LocalDate publicNoticeOn,
            @NotBlank(message = "is required: why 28 clear days' notice was impracticable") @Size(max = 2000,
                    message = "must be at most 2000 characters") String reasons) {
    }

    /** Reg 11: who agreed the decision is urgent and cannot reasonably be deferred, when, and why. */
    public record SpecialUrgency(
            @NotNull(message = "is required: SCRUTINY_CHAIR, CHAIR_OF_COUNCIL or VICE_CHAIR_OF_COUNCIL") UrgencyAgreedBy agreedBy,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @SingleLine String agreedByName,
            @NotNull(message = "is required") LocalDate agreedOn,
            @NotBlank(message = "is required: why the decision cannot reasonably be deferred") @Size(max = 2000,
                    message = "must be at most 2000 characters") String reasons) {
    }
}

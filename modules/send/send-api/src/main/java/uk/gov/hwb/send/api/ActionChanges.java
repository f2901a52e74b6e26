package uk.gov.hwb.send.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * Changes an action: its wording, owner, status and milestones (the list as it should be: milestones
 * left out are removed), and optionally adds a progress note for a period. Moving an action to Some
 * slippage or At risk needs a note saying what is being done to address it.
 */
public record ActionChanges(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
        @Size(max = 4000, message = "must be at most 4000 characters") String description,
        Long ownerPersonId,
        Long ownerOrganisationId,
        @NotNull(message = "is required: one of ON_COURSE, SOME_SLIPPAGE, AT_RISK, UNDER_REVIEW, COMPLETE, NOT_STARTED") ProgressStatus status,
        List<MilestoneInput> milestones,
        ProgressNoteInput note,
        @NotNull(message = "send back the version you read") Long version) {
}

package uk.gov.hwb.send.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * An action of the strategic action plan answering one recommendation: what, who owns it (a person
 * and their organisation, by id from People), its status (Not started if left out) and its
 * milestones by plan year.
 */
public record NewAction(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
        @Size(max = 4000, message = "must be at most 4000 characters") String description,
        Long ownerPersonId,
        Long ownerOrganisationId,
        ProgressStatus status,
        List<MilestoneInput> milestones) {
}

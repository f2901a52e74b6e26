package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An action of a priority, or a sub-action of an action. The code is the priority's number, a dot
 * and the action's number ("1.2"); a sub-action's code extends its action's with letters ("1.2B").
 * Codes are unique in the strategy. {@code priorityId} may be left out for a sub-action (it takes
 * its action's); {@code parentId} may be left out when the code names the action ("1.2B" → "1.2").
 * The lead is a person and/or an organisation.
 */
public record NewAction(
        @NotBlank @Size(max = 20) String code,
        @NotBlank @Size(max = 1000) String title,
        Long priorityId,
        Long parentId,
        Long leadPersonId,
        Long leadOrganisationId,
        @Size(max = 4000) String measuring,
        LocalDate targetDate) {
}

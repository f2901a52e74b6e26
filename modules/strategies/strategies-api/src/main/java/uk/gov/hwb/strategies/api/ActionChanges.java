package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An action's title, lead, measure and target date as they should now read (its code and place in the plan stay). */
public record ActionChanges(
        @NotBlank @Size(max = 1000) String title,
        Long leadPersonId,
        Long leadOrganisationId,
        @Size(max = 4000) String measuring,
        LocalDate targetDate,
        @NotNull Long version) {
}

package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.gov.hwb.platform.progress.ProgressStatus;

/** A strategy's details as they should now read, with the version the change is based on (409 if it changed since). */
public record StrategyChanges(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 8000) String description,
        @NotNull @Min(1900) @Max(2999) Integer from,
        @NotNull @Min(1900) @Max(2999) Integer to,
        Long organisationId,
        Long bodyId,
        Long leadPersonId,
        @Size(max = 6) List<@NotNull ProgressStatus> statuses,
        @NotNull Long version) {
}

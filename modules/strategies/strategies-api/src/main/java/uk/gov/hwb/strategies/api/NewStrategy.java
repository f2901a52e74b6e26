package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * A new strategy: its name and the years it runs (2022 to 2027); optionally what it is for, the
 * organisation that owns it, the body that oversees it, its lead (a person; by default the strategy
 * lead creating it) and the statuses it uses (by default On course, Some slippage, At risk, Under review).
 */
public record NewStrategy(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 8000) String description,
        @NotNull @Min(1900) @Max(2999) Integer from,
        @NotNull @Min(1900) @Max(2999) Integer to,
        Long organisationId,
        Long bodyId,
        Long leadPersonId,
        @Size(max = 6) List<@NotNull ProgressStatus> statuses) {
}

package uk.gov.hwb.send.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The year's updates to save, one per recommendation (recommendations left out keep what they have). */
public record AnnualUpdateChanges(@NotNull(message = "is required: a list of updates, one per recommendation") List<AnnualUpdateEntry> updates) {
}

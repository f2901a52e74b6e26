package uk.gov.hwb.bcf.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A year's income by source; sources not listed keep their income. {@code version} (optional) is the
 * funding table's version as read: if someone changed the year since, the change is refused (409).
 */
public record IncomeChanges(@NotNull @Size(max = 7) List<@NotNull @Valid IncomeLine> lines, Long version) {
}

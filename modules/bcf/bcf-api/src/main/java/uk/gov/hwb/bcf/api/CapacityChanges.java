package uk.gov.hwb.bcf.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A plan year's capacity and demand, replaced whole: the twelve monthly uplifts in percent (April
 * first; e.g. 10 for +10%) and the service lines. {@code version} (optional) is the plan year's as read.
 */
public record CapacityChanges(
        @NotNull @Size(min = 12, max = 12, message = "needs twelve months, April to March")
        List<@NotNull @Digits(integer = 3, fraction = 1) BigDecimal> uplifts,
        @NotNull @Size(max = 50) List<@NotNull @Valid CapacityLineEntry> lines,
        Long version) {
}

package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A service line as entered: area, service, and twelve monthly baselines and capacities (April first), to one decimal place. */
public record CapacityLineEntry(
        @NotNull CapacityArea area,
        @NotBlank @Size(max = 200) String service,
        @NotNull @Size(min = 12, max = 12, message = "needs twelve months, April to March")
        List<@NotNull @PositiveOrZero @Digits(integer = 8, fraction = 1) BigDecimal> baseline,
        @NotNull @Size(min = 12, max = 12, message = "needs twelve months, April to March")
        List<@NotNull @PositiveOrZero @Digits(integer = 8, fraction = 1) BigDecimal> capacity) {
}

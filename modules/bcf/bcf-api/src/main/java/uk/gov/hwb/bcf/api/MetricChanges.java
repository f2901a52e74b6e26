package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/** A metric's definition and targets as changed on the form, with the version it was read at. Years not listed lose their target. */
public record MetricChanges(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String unit,
        @NotBlank String polarity,
        @NotBlank String basis,
        Map<@NotBlank String, @NotNull @Digits(integer = 10, fraction = 4) BigDecimal> targets,
        long version) {
}

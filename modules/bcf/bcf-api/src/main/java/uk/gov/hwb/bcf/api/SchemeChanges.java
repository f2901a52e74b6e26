package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A changed scheme line (every field, as on the form) with the version it was read at. */
public record SchemeChanges(
        @Size(max = 20) String schemeId,
        @NotBlank @Size(max = 300) String name,
        @NotBlank String year,
        @NotBlank String source,
        @NotBlank @Size(max = 200) String type,
        @NotBlank @Size(max = 100) String areaOfSpend,
        @NotBlank String commissioner,
        @NotBlank @Size(max = 200) String provider,
        @NotNull @PositiveOrZero(message = "must be zero or more pounds")
        @Digits(integer = 13, fraction = 2, message = "must be pounds with at most two decimal places") BigDecimal planned,
        long version) {
}

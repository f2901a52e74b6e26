package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A numbered priority or ambition of a strategy: "1 A positive start in life". */
public record NewPriority(
        @NotNull @Min(1) @Max(99) Integer number,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 8000) String description) {
}

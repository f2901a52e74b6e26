package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A priority's focus for the year ahead, as the annual report prints it; {@code version} when changing one already written. */
public record FocusText(
        @NotBlank @Size(max = 8000) String text,
        Long version) {
}

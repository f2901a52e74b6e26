package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A priority's name and description as they should now read (its number, on which action codes rest, stays). */
public record PriorityChanges(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 8000) String description,
        @NotNull Long version) {
}

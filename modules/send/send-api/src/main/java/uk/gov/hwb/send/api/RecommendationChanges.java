package uk.gov.hwb.send.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Corrects a recommendation's wording (it is kept verbatim from the report). */
public record RecommendationChanges(
        @NotBlank(message = "is required: the recommendation as the report words it") @Size(max = 4000, message = "must be at most 4000 characters") String text,
        @NotNull(message = "send back the version you read") Long version) {
}

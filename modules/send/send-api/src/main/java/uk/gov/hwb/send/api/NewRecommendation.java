package uk.gov.hwb.send.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One of the inspection report's recommendations: its number in the report and its text, verbatim. */
public record NewRecommendation(
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") @Max(value = 99, message = "must be 99 or less") Integer number,
        @NotBlank(message = "is required: the recommendation as the report words it") @Size(max = 4000, message = "must be at most 4000 characters") String text) {
}

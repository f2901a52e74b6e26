package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A board's noting of a submitted return, recorded against the version it saw (seed 002: the Health
 * and Wellbeing Board noted the Q2 return in December, "retrospective due to the schedule of meetings").
 */
public record Noting(
        @NotNull @Min(1) Integer versionNumber,
        @NotNull LocalDate notedOn,
        @Size(max = 300) String meeting,
        @Size(max = 2000) String note) {
}

package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A quarterly return to prepare: the plan year ("2023-24"), the quarter and the national due date
 * (by default the last day of the month after the quarter: Q2 is due on 31 October).
 */
public record NewReturn(
        @NotBlank String year,
        @NotNull @Min(value = 1, message = "must be 1 to 4") @Max(value = 4, message = "must be 1 to 4") Integer quarter,
        LocalDate due) {
}

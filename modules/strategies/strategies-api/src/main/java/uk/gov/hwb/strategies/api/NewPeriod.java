package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A reporting period of a strategy ("November 2013") and the date by which leads must update.
 * {@code endsOn} is the last day the period reports on (it places the period in a financial year for
 * the annual report and dates its measure values); it defaults to {@code updatesDue}.
 */
public record NewPeriod(
        @NotBlank @Size(max = 100) String name,
        @NotNull LocalDate updatesDue,
        LocalDate endsOn) {
}

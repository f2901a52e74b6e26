package uk.gov.hwb.platform.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.gov.hwb.platform.text.SingleLine;

/** One bank holiday in the England and Wales calendar. */
public record BankHolidayDto(Long id, @NotNull LocalDate date, @NotBlank @Size(max = 120) @SingleLine String name, long version) {
}

package uk.gov.hwb.send.api;

import java.util.List;

/**
 * The annual update for a year ("2023-24" in addresses, "2023/24" as it reads), one entry per
 * recommendation of the current inspection, and the year its priorities are for ("2024/25").
 */
public record AnnualUpdateDto(String year, String yearLabel, String priorityYearLabel, List<AnnualUpdateEntryDto> updates) {
}

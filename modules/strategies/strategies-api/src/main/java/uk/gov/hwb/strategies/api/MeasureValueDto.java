package uk.gov.hwb.strategies.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.gov.hwb.platform.measures.MeasureStatus;

/** A measure's value for a period and how the measures rule judges it: status, signed gap in the unit, one sentence. */
public record MeasureValueDto(
        long id,
        long measureId,
        long periodId,
        String periodName,
        BigDecimal value,
        String formatted,
        LocalDate valueDate,
        String note,
        MeasureStatus status,
        BigDecimal expected,
        BigDecimal gap,
        String sentence,
        long version) {
}

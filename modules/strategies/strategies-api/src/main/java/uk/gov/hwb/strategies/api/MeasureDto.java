package uk.gov.hwb.strategies.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/**
 * A measure with its baseline, target and values, each value judged by the kernel's measures rule.
 * Without a numeric target the measure reads as its aim ("Increase", "Decrease") and is not judged.
 */
public record MeasureDto(
        long id,
        long strategyId,
        Long priorityId,
        String name,
        MeasureUnit unit,
        Polarity polarity,
        Basis basis,
        BigDecimal baseline,
        LocalDate baselineDate,
        BigDecimal target,
        LocalDate targetDate,
        String source,
        String aim,
        List<MeasureValueDto> values,
        long version) {

    public boolean hasTarget() {
        return target != null;
    }
}

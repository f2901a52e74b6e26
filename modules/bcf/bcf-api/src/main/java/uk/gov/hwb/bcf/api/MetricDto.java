package uk.gov.hwb.bcf.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/** A national metric with its targets and every quarter of the plan's years, judged. */
public record MetricDto(
        long id,
        long planId,
        String name,
        MeasureUnit unit,
        Polarity polarity,
        Basis basis,
        Map<String, BigDecimal> targets,
        List<MetricQuarterDto> quarters,
        long version) {
}

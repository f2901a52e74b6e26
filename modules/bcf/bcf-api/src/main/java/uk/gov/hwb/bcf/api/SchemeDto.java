package uk.gov.hwb.bcf.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scheme line with its spend: actuals for Q1–Q4 (null where none is recorded), their sum, the
 * forecast outturn and the variance (forecast − planned, in pounds and as a percentage of planned to
 * one decimal place; negative is an underspend). Variance is null until a forecast is recorded.
 */
public record SchemeDto(
        long id,
        long planId,
        String schemeId,
        String name,
        String year,
        String source,
        String type,
        String areaOfSpend,
        Commissioner commissioner,
        String provider,
        BigDecimal planned,
        List<BigDecimal> actuals,
        BigDecimal actualToDate,
        BigDecimal forecast,
        BigDecimal variance,
        BigDecimal variancePercent,
        long version) {
}

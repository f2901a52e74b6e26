package uk.gov.hwb.strategies.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One priority's (ambition's) status mix for the period, with its key impacts and slippages. */
public record PrioritySummaryDto(
        long priorityId,
        int number,
        String name,
        int total,
        Map<String, Integer> counts,
        Map<String, BigDecimal> shares,
        Map<String, BigDecimal> changes,
        List<KeyImpactDto> keyImpacts,
        List<SlippageDto> slippages) {

    public String label() {
        return number + ": " + name;
    }
}

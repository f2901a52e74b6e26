package uk.gov.hwb.strategies.api;

import java.util.List;

/** A strategy's overall status mix in each period, oldest first. */
public record TrendDto(long strategyId, String strategyName, List<String> columns, List<TrendPointDto> points) {
}

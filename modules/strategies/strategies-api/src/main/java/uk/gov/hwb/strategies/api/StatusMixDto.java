package uk.gov.hwb.strategies.api;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How many actions are in each status, and their share of all of them (one decimal place, half up),
 * keyed by status name with {@code NO_UPDATE} last, so the shares add up; {@code changes} are the
 * differences in points from the previous period's displayed shares (empty when there is none).
 */
public record StatusMixDto(
        int total,
        Map<String, Integer> counts,
        Map<String, BigDecimal> shares,
        Map<String, BigDecimal> changes) {
}

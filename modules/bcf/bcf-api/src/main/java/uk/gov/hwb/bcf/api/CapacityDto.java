package uk.gov.hwb.bcf.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan year's capacity and demand: the monthly uplift assumptions (April to March, percent) in
 * numbers and in words, and each service line. {@code version} is the plan year's.
 */
public record CapacityDto(long planId, String year, List<BigDecimal> uplifts, String upliftSentence, List<CapacityLineDto> lines, long version) {
}

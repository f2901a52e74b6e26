package uk.gov.hwb.bcf.api;

import java.math.BigDecimal;
import java.util.List;

/** A service of the capacity-and-demand sheet with its twelve months (April to March) and the months it falls short. */
public record CapacityLineDto(long id, CapacityArea area, String service, List<CapacityMonthDto> months, BigDecimal expectedDemand,
                              BigDecimal capacity, List<String> shortMonths) {
}

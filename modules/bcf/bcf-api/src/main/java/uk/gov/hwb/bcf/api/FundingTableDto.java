package uk.gov.hwb.bcf.api;

import java.util.List;

/** A plan year's funding table: a row per national source in the template's order, the total, the ring-fenced minimums. */
public record FundingTableDto(long planId, String year, String yearLabel, List<FundingRow> rows, FundingTotal total,
                              List<MinimumDto> minimums, long version) {
}

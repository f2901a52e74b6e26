package uk.gov.hwb.platform.paging;

import java.util.List;

/** One page of a longer list, with the total so screens and API clients can page through it. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
}

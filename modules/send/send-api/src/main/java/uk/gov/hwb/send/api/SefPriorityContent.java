package uk.gov.hwb.send.api;

import java.util.List;

/** Part C: the priorities under one recommendation (by its number), one per string. */
public record SefPriorityContent(Integer recommendation, List<String> items) {
}

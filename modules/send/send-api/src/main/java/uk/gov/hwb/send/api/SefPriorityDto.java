package uk.gov.hwb.send.api;

import java.util.List;

/** Part C: the priorities under one recommendation, with the recommendation's text where the inspection has it. */
public record SefPriorityDto(int recommendation, String recommendationText, List<String> items) {
}

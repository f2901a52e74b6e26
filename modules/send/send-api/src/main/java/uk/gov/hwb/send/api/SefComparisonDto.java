package uk.gov.hwb.send.api;

import java.util.List;

/** What changed from SEF version {@code from} to version {@code to}, in document order, with counts. */
public record SefComparisonDto(int from, int to, List<SefChangeDto> changes, int added, int changed, int removed) {
}

package uk.gov.hwb.board.api;

import java.util.List;

/** A report as published: the frozen report and its sections laid out with numbered paragraphs. */
public record PublishedReportDto(ReportDto report, List<NumberedSection> sections, boolean confidential) {
}

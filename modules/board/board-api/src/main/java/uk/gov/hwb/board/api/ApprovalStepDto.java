package uk.gov.hwb.board.api;

import java.time.OffsetDateTime;

/** One recorded step of a report's approval chain. */
public record ApprovalStepDto(ReportAction action, ReportStatus from, ReportStatus to, String by, OffsetDateTime at, String comment) {
}

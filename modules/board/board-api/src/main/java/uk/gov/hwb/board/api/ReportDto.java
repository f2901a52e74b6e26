package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * A report to the standard template. The cover's meeting and date come from the meeting it is
 * written for; status, approval steps, appendices, author and the other read-only fields are
 * ignored on input.
 */
public record ReportDto(
        Long id,
        @NotNull Long meetingId,
        String meetingName,
        LocalDate meetingDate,
        @NotBlank @Size(max = 300) @SingleLine String title,
        Part classification,
        @Min(1) @Max(7) Integer exemptParagraph,
        boolean keyDecision,
        @Size(max = 200) @SingleLine String executiveDirector,
        @Size(max = 200) @SingleLine String reportAuthor,
        @Size(max = 200) @SingleLine String executiveCouncillor,
        @Valid ReportSections sections,
        @Size(max = 50, message = "at most 50 background papers") List<@Size(max = 500) @SingleLine String> backgroundPapers,
        ReportStatus status,
        boolean legalCleared,
        boolean financeCleared,
        String owner,
        List<ApprovalStepDto> steps,
        List<AppendixDto> appendices,
        long version) {
}

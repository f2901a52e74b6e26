package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * What an author writes of a report to the standard template: the meeting it is for, its title,
 * classification and the template's sections. Status, approvals and appendices change through
 * their own steps. {@code version} is the one read, when changing.
 */
public record ReportInput(
        @NotNull Long meetingId,
        @NotBlank @Size(max = 300) @SingleLine String title,
        Part classification,
        @Min(1) @Max(7) Integer exemptParagraph,
        boolean keyDecision,
        @Size(max = 200) @SingleLine String executiveDirector,
        @Size(max = 200) @SingleLine String reportAuthor,
        @Size(max = 200) @SingleLine String executiveCouncillor,
        @Valid ReportSections sections,
        @Size(max = 50, message = "at most 50 background papers") List<@Size(max = 500) @SingleLine String> backgroundPapers,
        long version) {
}

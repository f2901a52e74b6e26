package uk.gov.hwb.board.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * An agenda item to add, or an item's new details. {@code number} places it (at the end when
 * empty); a Part 2 item names its exempt paragraph (1–7); a late item needs an
 * {@code urgencyReason}; {@code reportId} must be a report written for this meeting.
 * {@code version} is the one read, when changing.
 */
public record AgendaItemInput(
        Integer number,
        @NotBlank @Size(max = 300) @SingleLine String title,
        @NotNull ItemPurpose purpose,
        LocalTime startTime,
        Long presenterId,
        @Size(max = 300) @SingleLine String reportOf,
        @NotNull Part part,
        Integer exemptParagraph,
        boolean keyDecision,
        boolean late,
        @Size(max = 2000) String urgencyReason,
        Long reportId,
        long version) {
}

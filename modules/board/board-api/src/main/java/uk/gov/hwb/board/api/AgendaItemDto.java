package uk.gov.hwb.board.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * One item on a meeting's agenda. {@code number} is its place in the agenda (1, 2, 3 …), kept by
 * the system; {@code startTimeLabel} is how the agenda prints the time ("(18.05)");
 * {@code exemptionLabel} is what the public sees of a Part 2 item ("Exempt – paragraph 3").
 * An item is {@code late} when it was added after the publication deadline (or is marked so): it
 * then needs an {@code urgencyReason} and goes in the supplementary pack.
 */
public record AgendaItemDto(
        Long id,
        Long meetingId,
        Integer number,
        @NotBlank @Size(max = 300) @SingleLine String title,
        @NotNull ItemPurpose purpose,
        LocalTime startTime,
        String startTimeLabel,
        Long presenterId,
        String presenterName,
        @Size(max = 300) @SingleLine String reportOf,
        @NotNull Part part,
        Integer exemptParagraph,
        String exemptionLabel,
        boolean keyDecision,
        boolean late,
        @Size(max = 2000) String urgencyReason,
        Long reportId,
        long version) {

    /**
     * The item as shown to someone who may not see its confidential content: the title and the
     * exemption stay; the reason for urgency and the link to the report go.
     */
    public AgendaItemDto withheld(String exemption) {
        return new AgendaItemDto(id, meetingId, number, title, purpose, startTime, startTimeLabel, presenterId, presenterName, reportOf,
                part, exemptParagraph, exemption, keyDecision, late, null, null, version);
    }
}

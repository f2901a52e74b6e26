package uk.gov.hwb.board.api;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting's minutes as the viewer may see them. {@code quorate} is null while attendance is not
 * recorded; {@code quorumNote} says why a meeting was inquorate. {@code exclusionResolution} is
 * the resolution excluding the public, printed before the first confidential item (null when there
 * is none). {@code confidentialIncluded} says whether confidential business is shown in full.
 */
public record MinutesDto(long meetingId, long bodyId, String bodyName, OffsetDateTime meetingStart, MinutesStatus status, boolean recorded,
                         Long approvedAtMeetingId, OffsetDateTime approvedAt, Boolean quorate, String quorumNote,
                         String exclusionResolution, List<ItemMinuteDto> items, boolean confidentialIncluded, long version) {

    /**
     * One agenda item's minute. For confidential items the public see the exemption and
     * {@code publicSummary} only ({@code withheld} true). {@code specialCircumstances} are those of
     * a late item; {@code minutesOfMeetingId} marks the item that approves an earlier meeting's minutes.
     */
    public record ItemMinuteDto(long itemId, int number, String title, Part part, String exemptionLabel, boolean keyDecision, boolean late,
                                String specialCircumstances, Long minutesOfMeetingId, String minute, List<String> resolutions, VotesDto votes,
                                String publicSummary, boolean withheld, List<String> declarations, String keyDecisionWarning) {
    }

    /** The recorded vote. */
    public record VotesDto(@JsonbProperty("for") Integer inFavour, Integer against, Integer abstentions, List<NamedVoteDto> named) {
    }

    /** One member's vote. */
    public record NamedVoteDto(long personId, String name, VoteCast vote) {
    }
}

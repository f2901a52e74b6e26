package uk.gov.hwb.board.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Minutes as democratic services write them, per agenda item. Resolutions are worded "That …"
 * (a leading "Resolved:" is accepted and dropped). {@code version} is the minutes' version as
 * read (0 before anything is recorded).
 */
public record RecordMinutes(
        @NotNull(message = "is required") @Size(max = 200, message = "at most 200 items") List<@NotNull @Valid ItemMinute> items,
        @NotNull(message = "send back the version you read (0 the first time)") Long version) {

    /** One item's minute; {@code publicSummary} is for confidential (Part 2) items only. */
    public record ItemMinute(
            @NotNull(message = "is required") Long itemId,
            @Size(max = 20000, message = "must be at most 20000 characters") String minute,
            @Size(max = 50, message = "at most 50 resolutions") List<@NotBlank(message = "must not be blank") @Size(max = 4000,
                    message = "must be at most 4000 characters") String> resolutions,
            @Valid Votes votes,
            @Size(max = 4000, message = "must be at most 4000 characters") String publicSummary) {
    }

    /** The vote on an item, where one was taken: counts, and each member's vote where recorded by name. */
    public record Votes(
            @JsonbProperty("for") @Min(value = 0, message = "must be 0 or more") Integer inFavour,
            @Min(value = 0, message = "must be 0 or more") Integer against,
            @Min(value = 0, message = "must be 0 or more") Integer abstentions,
            @Size(max = 300, message = "at most 300 named votes") List<@NotNull @Valid NamedVote> named) {
    }

    /** How one member voted. */
    public record NamedVote(
            @NotNull(message = "is required") Long personId,
            @NotNull(message = "is required: FOR, AGAINST or ABSTAINED") VoteCast vote) {
    }
}

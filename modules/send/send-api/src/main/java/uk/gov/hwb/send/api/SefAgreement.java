package uk.gov.hwb.send.api;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * The board's agreement of a draft SEF version: the meeting that agreed it (by id, optional), the
 * date (today if left out; never in the future) and the version read. An agreed version is locked.
 */
public record SefAgreement(
        @Positive(message = "must be a meeting id") Long meetingId,
        @PastOrPresent(message = "cannot be in the future") LocalDate agreedOn,
        Long version) {
}

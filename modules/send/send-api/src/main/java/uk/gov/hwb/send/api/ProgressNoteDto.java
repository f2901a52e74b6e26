package uk.gov.hwb.send.api;

import java.time.OffsetDateTime;
import uk.gov.hwb.platform.progress.ProgressStatus;

/** A progress note: the period it reports on, the action's status then, the text, who wrote it and when. */
public record ProgressNoteDto(
        long id,
        String period,
        ProgressStatus status,
        String statusLabel,
        String text,
        String author,
        OffsetDateTime writtenAt) {
}

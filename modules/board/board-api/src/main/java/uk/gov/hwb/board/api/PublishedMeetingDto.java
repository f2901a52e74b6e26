package uk.gov.hwb.board.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting as a viewer may see it: the meeting itself as it is now (so a cancellation shows at
 * once), and the agenda and papers as last published. {@code updatedAt} is set when the published
 * version is not the first. Confidential items carry their title and exemption only, unless the
 * viewer is a member of the body or democratic services.
 */
public record PublishedMeetingDto(MeetingDto meeting, int publicationNumber, OffsetDateTime firstPublishedAt,
                                  OffsetDateTime updatedAt, List<PublishedItemDto> items) {

    /** An agenda item with its report, when the viewer may see it. */
    public record PublishedItemDto(AgendaItemDto item, boolean confidential, boolean contentWithheld,
                                   PublishedReportDto report) {
    }
}

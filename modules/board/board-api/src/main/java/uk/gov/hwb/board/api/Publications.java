package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Publishing agendas: each publication freezes what the public sees as a numbered version.
 * Reading goes through the viewer, so confidential (Part 2) content reaches only members of the
 * body and democratic services.
 */
public interface Publications {

    /**
     * Publishes the meeting's agenda and papers as a new version. Refused (409) while a linked report
     * is not ready; allowed after the deadline with a warning saying so.
     */
    PublicationDto publish(long meetingId, Viewer viewer);

    /**
     * Publishes as {@link #publish(long, Viewer)} does; once the meeting has been held and published,
     * publishing again is refused (409) unless the command gives the reason for the correction.
     */
    PublicationDto publish(long meetingId, @NotNull @Valid PublishAgenda command, @NotNull Viewer viewer);

    /** Every version published, first to last, of a meeting the viewer may see (a draft is not found). */
    List<PublicationDto> publications(long meetingId, @NotNull Viewer viewer);

    /** The meeting as the viewer may see it, if it has been published. */
    Optional<PublishedMeetingDto> published(long meetingId, Viewer viewer);

    /** A published report as the viewer may see it: 404 if not published, 403 if confidential to them. */
    PublishedReportDto publishedReport(long reportId, Viewer viewer);

    /** Whether the viewer may see confidential business of the body (a current member, or democratic services). */
    boolean seesConfidential(long bodyId, Viewer viewer);
}

package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The minutes of a meeting, item by item: the minute, the resolutions ("Resolved: That …") and the
 * votes where recorded; the resolution excluding the public before confidential business
 * (Local Government Act 1972, s.100A(4)) and the special circumstances of late items
 * (s.100B(4)(b)) are written from the agenda; confidential (Part 2) business is shown to the public
 * as its exemption and public summary only (s.100C(2)). Minutes are approved only by resolution
 * at a later meeting of the same body, on its "Minutes of the previous meeting" item. Every
 * resolution is published in the decisions register as soon as it is recorded.
 */
public interface Minutes {

    /** The minutes as the viewer may see them (recorded false until something is written). */
    MinutesDto minutes(long meetingId, Viewer viewer);

    /**
     * Records the minutes of the items given (democratic services); items left out keep what they had.
     * Refused once approved, for a meeting not yet held, for a key decision of an executive body
     * without notice or exception, for a confidential item without its public summary, and for a
     * named vote by a member barred by a disclosable pecuniary interest.
     */
    MinutesDto record(long meetingId, @NotNull @Valid RecordMinutes minutes, Viewer viewer);

    /**
     * Approves the minutes by resolution on the "Minutes of the previous meeting" item of
     * {@code atMeetingId}, which must be a later, held meeting of the same body (otherwise 409).
     */
    MinutesDto approve(long meetingId, @NotNull @Valid ApproveMinutes approval, Viewer viewer);

    /** The minutes as a tagged PDF: confidential business in full only for those who may see it. */
    MinutesFile pdf(long meetingId, Viewer viewer);

    /** A rendered copy of the minutes. */
    record MinutesFile(String fileName, byte[] pdf, boolean confidentialIncluded) {
    }
}

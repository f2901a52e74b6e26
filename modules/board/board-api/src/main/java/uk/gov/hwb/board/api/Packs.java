package uk.gov.hwb.board.api;

import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The meeting packs: built from the latest publication in the background (publishing starts a
 * build), stored immutably with their SHA-256, and served by variant to those who may have them.
 */
public interface Packs {

    /** Starts building the packs of the meeting's latest publication, or returns the build already running for it. */
    PackJobDto build(long meetingId, Viewer viewer);

    PackJobDto job(String jobId);

    /** The stored pack: 404 if the meeting has none of that variant; members' pack only for members and democratic services. */
    PackFile pack(long meetingId, PackVariant variant, Viewer viewer);

    /** The agenda with each item's pages in the public pack. */
    List<AgendaPagesDto> agenda(long meetingId);

    /**
     * One published report as its own tagged (PDF/UA) PDF, for readers using assistive technology:
     * a pack is assembled from many files and does not keep their tags.
     */
    byte[] reportPdf(long reportId, Viewer viewer);

    /**
     * The accessibility statement of the meeting's latest pack of this variant (printed on its front
     * sheet): tagged throughout, or which documents in it were supplied without tags; empty when there is no such pack.
     */
    java.util.Optional<String> accessibility(long meetingId, PackVariant variant, Viewer viewer);

    /** A stored pack. */
    record PackFile(String fileName, byte[] pdf, String sha256, int publicationNumber, int pageCount) {
    }
}

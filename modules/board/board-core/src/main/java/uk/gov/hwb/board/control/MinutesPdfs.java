package uk.gov.hwb.board.control;

import java.util.Optional;

/**
 * The minutes of a meeting as a tagged PDF for the packs, which are built without a viewer: the
 * public minutes, or the full minutes for the members' pack. Implemented by the minutes facade.
 */
public interface MinutesPdfs {

    Optional<byte[]> pdf(long meetingId, boolean confidentialIncluded);

    boolean confidentialBusiness(long meetingId);
}

package uk.gov.hwb.board.control;

import java.util.List;
import uk.gov.hwb.board.api.PackVariant;

/**
 * Where documents about meetings themselves join a meeting's packs — the minutes of the previous
 * meeting under the item that approves them ({@link MinutesInPacks}). Implement as a CDI bean; the
 * pack builder asks every implementation for the documents of a publication's pack variant and
 * prints each under its agenda item (after the item's report, if any) or, with no item, after the
 * agenda; each starts on an odd page with its own bookmark.
 */
public interface MeetingDocuments {

    List<MeetingDocument> documents(long meetingId, int publicationNumber, PackVariant variant);

    /**
     * A document for the pack: under the agenda item {@code itemId} (null: after the agenda),
     * watermarked in the members' pack when {@code confidential}.
     */
    record MeetingDocument(Long itemId, String title, boolean confidential, byte[] pdf) {
    }
}

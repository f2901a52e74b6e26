package uk.gov.hwb.board.control;

import java.util.List;
import uk.gov.hwb.board.api.PackVariant;
import uk.gov.hwb.platform.documents.GeneratedDocument;

/**
 * Where documents about the meeting itself join its packs after the agenda items — first of all
 * the minutes (next phase). Implement as a CDI bean; the pack builder asks every implementation
 * and appends what they return, each on an odd page with its own bookmark, in the variants they
 * choose. None is installed yet.
 */
public interface MeetingDocuments {

    List<GeneratedDocument> documents(long meetingId, int publicationNumber, PackVariant variant);
}

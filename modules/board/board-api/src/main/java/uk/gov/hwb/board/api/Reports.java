package uk.gov.hwb.board.api;

import java.io.InputStream;
import java.util.List;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Reports to the standard template, their approval chain and appendices. Who may see a report:
 * democratic services and administrators, its owner, and, once it is published, anyone for a
 * Part 1 report and members of the meeting's body for a Part 2 one. Authors edit their own drafts.
 */
public interface Reports {

    /** The reports the viewer may see, newest meeting first; optionally of one meeting or status. */
    Page<ReportDto> reports(Long meetingId, ReportStatus status, Viewer viewer, PageRequest page);

    ReportDto report(long id, Viewer viewer);

    /** A new draft owned by the viewer; rich text is sanitised. */
    ReportDto create(ReportDto report, Viewer viewer);

    /** Changes a draft (only drafts change: return a report to draft first). */
    ReportDto update(long id, ReportDto report, Viewer viewer);

    /** Takes one step of the approval chain (see {@link ReportAction}). */
    ReportDto transition(long id, TransitionDto transition, Viewer viewer);

    /**
     * Adds an uploaded PDF appendix, checked by content and size (setting hwb.appendix.max-bytes,
     * default 25 MB; no more than that is read); stored with its SHA-256. The caller closes the stream.
     */
    AppendixDto addAppendix(long reportId, String title, String fileName, InputStream content, Viewer viewer);

    /** Adds an appendix another module generates on demand through a {@link uk.gov.hwb.platform.documents.DocumentGenerator}. */
    AppendixDto addGeneratedAppendix(long reportId, String title, String generator, String reference, Viewer viewer);

    /** The file of an appendix, if the viewer may see its report. */
    AppendixFile appendixFile(long appendixId, Viewer viewer);

    /** Names of the document generators other modules have plugged in. */
    List<String> generators();

    /** An appendix's file: name, media type and bytes. */
    record AppendixFile(String fileName, String mediaType, byte[] content, String sha256) {
    }
}

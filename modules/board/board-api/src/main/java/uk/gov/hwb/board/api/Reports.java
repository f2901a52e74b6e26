package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
    ReportDto create(@NotNull @Valid ReportInput report, @NotNull Viewer viewer);

    /** Changes a draft (only drafts change: return a report to draft first). */
    ReportDto update(long id, @NotNull @Valid ReportInput report, @NotNull Viewer viewer);

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

    /**
     * Where the report's own words disagree with the documents generated for its appendices (another
     * year or quarter named, a stated gap the figures do not give), as sentences for the author to
     * act on; each generating module decides what it checks. Recorded on the approval chain when the
     * report is submitted or marked ready. For the report's owner and democratic services.
     */
    List<String> consistencyWarnings(long reportId, Viewer viewer);

    /** The approval steps this viewer may take on the report now (those {@link #transition} would accept). */
    List<ReportAction> actions(long reportId, Viewer viewer);

    /** Names of the document generators other modules have plugged in. */
    List<String> generators();

    /** An appendix's file: name, media type and bytes. */
    record AppendixFile(String fileName, String mediaType, byte[] content, String sha256) {
    }
}

package uk.gov.hwb.send.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The area's Self-Evaluation Framework in dated versions. A new version starts as a copy of an
 * earlier one; there is at most one draft; the SEND lead edits the draft and records the board's
 * agreement, after which the version is locked (and kept in its frozen, agreed form).
 */
public interface SelfEvaluations {

    /** Every version, newest first. */
    List<SefSummaryDto> versions(Viewer viewer);

    SefDto version(int number, Viewer viewer);

    /** Starts the one draft (409 naming the draft if there is one already). */
    SefDto start(@NotNull @Valid NewSefVersion request, Viewer viewer);

    /** Saves a draft's whole content (409 for an agreed version or a stale {@code version}). */
    SefDto save(int number, @NotNull @Valid SefContent content, Viewer viewer);

    /** Records the board's agreement: the version is locked from now on. */
    SefDto agree(int number, @NotNull @Valid SefAgreement agreement, Viewer viewer);

    /** What was added, changed and removed from one version to another. */
    SefComparisonDto compare(int from, int to, Viewer viewer);

    /** Sets the actions and metrics that answer one entry (by its key), for every version it appears in. */
    SefEntryDto answer(String entryKey, @NotNull @Valid EntryAnswers answers, Viewer viewer);

    /** The version as a tagged PDF (the document board reports embed as {@code send.sef}). */
    GeneratedDocument document(int number, Viewer viewer);
}

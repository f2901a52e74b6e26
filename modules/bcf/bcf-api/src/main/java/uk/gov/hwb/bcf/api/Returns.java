package uk.gov.hwb.bcf.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Quarterly returns: draft (finance) → signed off by the chair of the plan's sign-off body (the
 * Health and Wellbeing Board), by the chair's own account or by democratic services on the chair's
 * behalf → submitted, which locks a snapshot (stored with its SHA-256). A correction is a new locked
 * version with its reason; every version stays available byte for byte.
 */
public interface Returns {

    List<ReturnDto> returns(long planId);

    ReturnDto quarterlyReturn(long id);

    ReturnDto create(long planId, @NotNull @Valid NewReturn quarterlyReturn, Viewer viewer);

    /** Changes a draft (or signed-off, which returns it to draft); a submitted return answers 409. */
    ReturnDto update(long id, @NotNull @Valid ReturnChanges changes, Viewer viewer);

    ReturnDto signOff(long id, @NotNull ReturnStep step, Viewer viewer);

    /** Whether the viewer may sign off the return now: it is a draft and they chair the sign-off body today, or are democratic services. */
    boolean maySignOff(long id, Viewer viewer);

    ReturnDto submit(long id, @NotNull ReturnStep step, Viewer viewer);

    ReturnDto correct(long id, @NotNull @Valid Correction correction, Viewer viewer);

    ReturnDto recordNoting(long id, @NotNull @Valid Noting noting, Viewer viewer);

    /** Locked version {@code number} exactly as stored. */
    StoredFile version(long id, int number);

    /**
     * The return as an XLSX workbook like the national template (cover, income, expenditure,
     * metrics, capacity and demand): the latest locked version once submitted, else the figures now.
     */
    StoredFile workbook(long id);
}

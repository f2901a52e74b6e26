package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The forward plan of key decisions of the executive (Local Authorities (Executive Arrangements)
 * (Meetings and Access to Information) (England) Regulations 2012, regs 9–11): each matter, when it
 * is due to be decided and by whom, published as soon as it is entered; the notice date is the day
 * it first appears. A key decision may be taken 28 clear days after its notice, or earlier under a
 * recorded general exception (reg 10) or special urgency (reg 11). Public to read; democratic
 * services keep it.
 */
public interface ForwardPlan {

    /** Entries by decision date: of one executive body or all; {@code includeClosed} adds taken and withdrawn ones. */
    List<ForwardPlanEntryDto> entries(Long bodyId, boolean includeClosed, Viewer viewer);

    ForwardPlanEntryDto entry(long id, Viewer viewer);

    /** Adds a matter to the forward plan of an executive body (refused for a body that is not one). */
    ForwardPlanEntryDto add(@NotNull @Valid NewForwardPlanEntry entry, Viewer viewer);

    /** Changes an entry: its details, the agenda item it is taken at, a general exception or special urgency. */
    ForwardPlanEntryDto update(long id, @NotNull @Valid ForwardPlanChanges changes, Viewer viewer);

    /** The published forward plan as a tagged PDF (open entries of one body or all). */
    byte[] pdf(Long bodyId, Viewer viewer);
}

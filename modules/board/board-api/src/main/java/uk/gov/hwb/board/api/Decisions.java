package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The decisions register: every resolution recorded in the minutes, published as soon as it is
 * recorded (before the minutes are approved). Confidential (Part 2) decisions show the public only
 * that they exist, their exemption and the public summary.
 */
public interface Decisions {

    /** Decisions newest meeting first, filtered by body, meeting dates (inclusive) and key decision. */
    Page<DecisionDto> decisions(@NotNull @Valid Query query, Viewer viewer, PageRequest page);

    /** One decision as the viewer may see it. */
    DecisionDto decision(long id, Viewer viewer);

    /** The filters of the register; any may be null. */
    record Query(Long bodyId, LocalDate from, LocalDate to, Boolean keyDecision) {
    }
}

package uk.gov.hwb.send.api;

import java.time.LocalDate;

/** A milestone: its plan year ("Year 1 (to July 2024)"), when it is due and whether it is done or overdue. */
public record MilestoneDto(
        long id,
        int planYear,
        String planYearLabel,
        String description,
        LocalDate dueOn,
        LocalDate completedOn,
        boolean overdue,
        String state) {
}

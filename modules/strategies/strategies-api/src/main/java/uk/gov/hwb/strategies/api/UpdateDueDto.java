package uk.gov.hwb.strategies.api;

import java.time.LocalDate;

/** An update a lead owes: the action, the open period and its date; overdue once that date has passed; whether a draft is saved. */
public record UpdateDueDto(
        long strategyId,
        String strategyName,
        long actionId,
        String code,
        String title,
        long periodId,
        String periodName,
        LocalDate updatesDue,
        boolean overdue,
        boolean draftSaved) {
}

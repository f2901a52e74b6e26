package uk.gov.hwb.send.api;

import java.time.LocalDate;

/**
 * A milestone of an action as a caller sets it: its plan year (1 = the first year of the action
 * plan, to July 2024 in the seed), what will be done, when (within the plan year; the year's end if
 * left out) and when it was done. {@code id} names an existing milestone to change; without it the
 * milestone is new. Checked by the service, which names the field ({@code milestones[2].dueOn}).
 */
public record MilestoneInput(Long id, Integer planYear, String description, LocalDate dueOn, LocalDate completedOn) {
}

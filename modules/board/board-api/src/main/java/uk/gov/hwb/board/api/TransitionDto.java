package uk.gov.hwb.board.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A request to move a report along its approval chain; {@code version} is the report's version. */
public record TransitionDto(@NotNull ReportAction action, @Size(max = 2000) String comment, long version) {
}

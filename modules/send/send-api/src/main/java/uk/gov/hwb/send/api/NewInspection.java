package uk.gov.hwb.send.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;

/**
 * Records an area SEND inspection: who inspected, when, under which framework, and (once the report
 * is out) when it was published and its outcome. The next inspection and the action plan's due date
 * are worked out from these, never typed.
 */
public record NewInspection(
        @NotEmpty(message = "name the inspectorates, e.g. OFSTED and CQC") Set<Inspectorate> inspectorates,
        @NotNull(message = "is required") InspectionFramework framework,
        @NotNull(message = "is required, as a date like 2023-03-06") LocalDate startDate,
        @NotNull(message = "is required, as a date like 2023-03-10") LocalDate endDate,
        LocalDate publishedOn,
        InspectionOutcome outcome) {
}

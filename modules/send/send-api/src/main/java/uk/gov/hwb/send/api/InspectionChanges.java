package uk.gov.hwb.send.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;

/** Corrects an inspection's record, e.g. adds the publication date and outcome when the report is out. */
public record InspectionChanges(
        @NotEmpty(message = "name the inspectorates, e.g. OFSTED and CQC") Set<Inspectorate> inspectorates,
        @NotNull(message = "is required") InspectionFramework framework,
        @NotNull(message = "is required, as a date like 2023-03-06") LocalDate startDate,
        @NotNull(message = "is required, as a date like 2023-03-10") LocalDate endDate,
        LocalDate publishedOn,
        InspectionOutcome outcome,
        @NotNull(message = "send back the version you read") Long version) {
}

package uk.gov.hwb.send.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An area SEND inspection as it reads: the outcome in the framework's words, and what follows from
 * it and the publication date ({@code nextInspectionBy}, the monitoring inspection for outcome 3,
 * {@code actionPlanDue} 30 days after publication), computed from stored facts.
 *
 * @param nextInspection one sentence for screens and papers, e.g. "Full inspection expected by 9 June 2026 (within about 3 years of publication)."
 */
public record InspectionDto(
        long id,
        List<Inspectorate> inspectorates,
        String inspectedBy,
        InspectionFramework framework,
        String frameworkLabel,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate publishedOn,
        InspectionOutcome outcome,
        Integer outcomeNumber,
        String outcomeWording,
        LocalDate nextInspectionBy,
        LocalDate monitoringInspectionBy,
        String nextInspection,
        LocalDate actionPlanDue,
        int recommendations,
        long version) {
}

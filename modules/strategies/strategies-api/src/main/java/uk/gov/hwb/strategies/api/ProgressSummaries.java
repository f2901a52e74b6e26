package uk.gov.hwb.strategies.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The progress summary of a period computed from the stored updates, its trend across periods and
 * the printed documents (tagged PDF/UA): the summary laid out like seed 003, and the annual report
 * like seed 002's item 9. Read by any signed-in user, and by the board through the generated documents.
 */
public interface ProgressSummaries {

    /**
     * The period's summary; {@code asReported} asks for the summary frozen when the period closed
     * (404 if it is not closed).
     */
    ProgressSummaryDto summary(long strategyId, long periodId, boolean asReported);

    TrendDto trend(long strategyId);

    byte[] summaryPdf(long strategyId, long periodId, boolean asReported);

    AnnualReportDto annualReport(@NotNull @Size(min = 1, max = 20) List<Long> strategyIds,
                                 @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a financial year like 2023-24") String year);

    byte[] annualReportPdf(@NotNull @Size(min = 1, max = 20) List<Long> strategyIds,
                           @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a financial year like 2023-24") String year);

    /** The financial years ("2023-24") in which the strategy has periods, newest first. */
    List<String> reportYears(long strategyId);
}

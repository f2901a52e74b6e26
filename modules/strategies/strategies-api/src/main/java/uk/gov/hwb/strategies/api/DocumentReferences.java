package uk.gov.hwb.strategies.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The generated documents this module offers board reports, and how their references are written:
 * {@code strategies.progress-summary} for {@code "{strategyId}/{periodId}"}, and
 * {@code strategies.annual-report} for {@code "{strategyId}/{year}"} or several strategies in one
 * document, {@code "{id},{id},{id}/{year}"} (year like "2023-24").
 */
public final class DocumentReferences {

    public static final String PROGRESS_SUMMARY = "strategies.progress-summary";
    public static final String ANNUAL_REPORT = "strategies.annual-report";

    private DocumentReferences() {
    }

    public static String progressSummary(long strategyId, long periodId) {
        return strategyId + "/" + periodId;
    }

    public static String annualReport(List<Long> strategyIds, String year) {
        return strategyIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + "/" + year;
    }
}

package uk.gov.hwb.strategies.api;

import java.util.List;

/**
 * The annual report of one or more strategies for a financial year ("2023-24"), like seed 002's
 * item 9: per strategy and priority, what was achieved (the year's updates, key impacts first) and
 * the focus for the year ahead.
 */
public record AnnualReportDto(String title, String year, String months, List<Part> strategies) {

    /** One strategy's part of the report. */
    public record Part(long strategyId, String name, String description, List<Section> priorities) {
    }

    /** One priority: what was achieved and the focus for next year (null when none was written). */
    public record Section(int number, String name, List<Achievement> achievements, String focus) {
    }

    /** An action's update in the year. */
    public record Achievement(String code, String title, String periodName, String status, String text, boolean keyImpact) {
    }
}

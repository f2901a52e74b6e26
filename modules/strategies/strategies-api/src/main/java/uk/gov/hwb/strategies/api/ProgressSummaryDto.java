package uk.gov.hwb.strategies.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A period's progress summary, computed from the stored updates (seed 003's layout): per priority
 * and overall the count and share of actions in each status ({@code columns}: the strategy's
 * statuses, then {@code NO_UPDATE}) and the change in points against the previous period (the one
 * whose update date comes before). Where an action has sub-actions, the sub-actions are counted.
 *
 * <p>{@code asReported} is true when this is the summary frozen when the period closed;
 * {@code corrections} counts the changes made since.
 */
public record ProgressSummaryDto(
        long strategyId,
        String strategyName,
        long periodId,
        String periodName,
        Long previousPeriodId,
        String previousPeriodName,
        List<String> columns,
        List<PrioritySummaryDto> priorities,
        StatusMixDto overall,
        StatusMixDto previousOverall,
        boolean closed,
        boolean asReported,
        OffsetDateTime reportedAt,
        int corrections) {

    /** The key for actions with no submitted update in the period. */
    public static final String NO_UPDATE = "NO_UPDATE";

    /** How a column reads: "On course", …, "No update". */
    public static String columnLabel(String column) {
        return NO_UPDATE.equals(column) ? "No update" : uk.gov.hwb.platform.progress.ProgressStatus.valueOf(column).label();
    }
}

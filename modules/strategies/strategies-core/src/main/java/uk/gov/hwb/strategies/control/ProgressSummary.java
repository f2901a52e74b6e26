package uk.gov.hwb.strategies.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.StatusMixDto;

/**
 * The arithmetic of a progress summary, as seed 003 (Southend's Health and Wellbeing Strategy
 * progress summary, November 2013) does it:
 * <ul>
 *   <li>the actions counted are the leaves of the plan: an action's sub-actions where it has them,
 *       otherwise the action (seed 003 counts its 106 sub-actions);</li>
 *   <li>an action with no submitted update in the period is "No update": it stays in the
 *       denominator and has its own column, so the shares add up;</li>
 *   <li>a share is count × 100 / total to one decimal place, rounded half up
 *       (85 of 106 → 80.2, 1 of 106 → 0.9);</li>
 *   <li>the change against the previous period is the difference of the two <em>displayed</em>
 *       shares, so a reader can check it: Some slippage 5.7 − 4.7 = +1.0 and Under review
 *       13.2 − 20.8 = −7.6, where the unrounded differences would print 0.9 and −7.5.</li>
 * </ul>
 * Pure functions, no state; see {@code ProgressSummaryTest} for the seed's figures.
 */
public final class ProgressSummary {

    private ProgressSummary() {
    }

    /** A counted action: a leaf of the plan, and the priority it belongs to. */
    public record Leaf(long actionId, long priorityId) {
    }

    /** The summary's columns: the strategy's statuses in their order, then No update. */
    public static List<String> columns(List<ProgressStatus> vocabulary) {
        List<String> columns = new ArrayList<>();
        vocabulary.forEach(s -> columns.add(s.name()));
        columns.add(ProgressSummaryDto.NO_UPDATE);
        return Collections.unmodifiableList(columns);
    }

    /**
     * The status mix of some actions: counts and shares per column.
     *
     * @param statuses each counted action's submitted status; an action missing from the map has no update
     */
    public static StatusMixDto mix(List<ProgressStatus> vocabulary, List<Long> actionIds, Map<Long, ProgressStatus> statuses) {
        List<String> columns = columns(vocabulary);
        Map<String, Integer> counts = new LinkedHashMap<>();
        columns.forEach(c -> counts.put(c, 0));
        for (Long action : actionIds) {
            ProgressStatus status = statuses.get(action);
            String column = status == null ? ProgressSummaryDto.NO_UPDATE : status.name();
            if (!counts.containsKey(column)) {
                throw new IllegalArgumentException(status + " is not one of the strategy's statuses " + vocabulary);
            }
            counts.merge(column, 1, Integer::sum);
        }
        int total = actionIds.size();
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        counts.forEach((column, count) -> shares.put(column, share(count, total)));
        return new StatusMixDto(total, Collections.unmodifiableMap(counts), Collections.unmodifiableMap(shares), Map.of());
    }

    /** The mix with its changes against the previous period's mix (the difference of the displayed shares); unchanged if there is none. */
    public static StatusMixDto withChanges(StatusMixDto now, StatusMixDto before) {
        if (before == null) {
            return now;
        }
        Map<String, BigDecimal> changes = new LinkedHashMap<>();
        now.shares().forEach((column, share) -> changes.put(column, change(share, before.shares().get(column))));
        return new StatusMixDto(now.total(), now.counts(), now.shares(), Collections.unmodifiableMap(changes));
    }

    /** count × 100 / total, one decimal place, half up; 0.0 when there is nothing to count. */
    public static BigDecimal share(int count, int total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** The displayed share now minus the displayed share before (a column absent before counts as 0.0). */
    public static BigDecimal change(BigDecimal shareNow, BigDecimal shareBefore) {
        return shareNow.subtract(shareBefore == null ? BigDecimal.ZERO.setScale(1) : shareBefore).setScale(1, RoundingMode.UNNECESSARY);
    }

    /** A change as papers print it: "+5.7", "-7.6", "0.0". */
    public static String signed(BigDecimal change) {
        return change.signum() > 0 ? "+" + change.toPlainString() : change.toPlainString();
    }
}

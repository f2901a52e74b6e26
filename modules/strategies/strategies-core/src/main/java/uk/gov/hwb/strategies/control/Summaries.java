package uk.gov.hwb.strategies.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.strategies.api.KeyImpactDto;
import uk.gov.hwb.strategies.api.PrioritySummaryDto;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.SlippageDto;
import uk.gov.hwb.strategies.api.StatusMixDto;
import uk.gov.hwb.strategies.api.TrendDto;
import uk.gov.hwb.strategies.api.TrendPointDto;
import uk.gov.hwb.strategies.entity.PlanAction;
import uk.gov.hwb.strategies.entity.Priority;
import uk.gov.hwb.strategies.entity.ProgressUpdate;
import uk.gov.hwb.strategies.entity.ReportingPeriod;
import uk.gov.hwb.strategies.entity.Strategy;

/**
 * Computes a period's progress summary from the stored plan and updates with {@link ProgressSummary}'s
 * arithmetic: the leaves counted per priority and overall, the previous period's mix for the
 * changes, key impacts and slippages in plan order. A handful of queries per summary, whatever its size.
 */
@ApplicationScoped
public class Summaries {

    @Inject
    PlanQueries plan;

    public ProgressSummaryDto live(Strategy strategy, ReportingPeriod period, OffsetDateTime reportedAt) {
        List<ProgressStatus> vocabulary = strategy.getStatuses();
        List<Priority> priorities = plan.priorities(strategy.getId());
        List<PlanAction> leaves = PlanQueries.leaves(plan.actions(strategy.getId()));
        Map<Long, ProgressUpdate> updates = plan.updates(period.getId());
        Optional<ReportingPeriod> previous = plan.previous(period);
        Map<Long, ProgressStatus> now = submitted(updates);
        Map<Long, ProgressStatus> before = previous.map(p -> submitted(plan.updates(p.getId()))).orElse(null);

        List<PrioritySummaryDto> rows = new ArrayList<>();
        for (Priority priority : priorities) {
            List<PlanAction> counted = leaves.stream().filter(a -> a.getPriority().getId().equals(priority.getId())).toList();
            StatusMixDto mix = mix(vocabulary, counted, now, before);
            List<KeyImpactDto> impacts = new ArrayList<>();
            List<SlippageDto> slippages = new ArrayList<>();
            for (PlanAction action : counted) {
                ProgressUpdate update = updates.get(action.getId());
                if (update == null || update.isDraft()) {
                    continue;
                }
                if (update.isKeyImpact()) {
                    impacts.add(new KeyImpactDto(action.getId(), action.getCode(), action.getTitle(), update.getCommentary()));
                }
                if (update.getStatus().needsMitigation()) {
                    slippages.add(new SlippageDto(action.getId(), action.getCode(), action.getTitle(), update.getStatus(),
                            action.getMeasuring(), update.getCommentary(), update.getMitigation()));
                }
            }
            rows.add(new PrioritySummaryDto(priority.getId(), priority.getNumber(), priority.getName(), mix.total(), mix.counts(),
                    mix.shares(), mix.changes(), List.copyOf(impacts), List.copyOf(slippages)));
        }
        StatusMixDto overall = mix(vocabulary, leaves, now, before);
        StatusMixDto previousOverall = before == null ? null : ProgressSummary.mix(vocabulary, ids(leaves), before);
        return new ProgressSummaryDto(strategy.getId(), strategy.getName(), period.getId(), period.getName(),
                previous.map(ReportingPeriod::getId).orElse(null), previous.map(ReportingPeriod::getName).orElse(null),
                ProgressSummary.columns(vocabulary), List.copyOf(rows), overall, previousOverall, period.isClosed(), false, reportedAt,
                (int) plan.corrections(period.getId()));
    }

    /** The overall mix of every period, oldest first, each with its change against the one before. */
    public TrendDto trend(Strategy strategy) {
        List<ProgressStatus> vocabulary = strategy.getStatuses();
        List<Long> leaves = ids(PlanQueries.leaves(plan.actions(strategy.getId())));
        Map<Long, Map<Long, ProgressStatus>> statuses = plan.statusesByPeriod(strategy.getId());
        List<TrendPointDto> points = new ArrayList<>();
        StatusMixDto before = null;
        for (ReportingPeriod period : plan.periods(strategy.getId())) {
            StatusMixDto mix = ProgressSummary.mix(vocabulary, leaves, statuses.getOrDefault(period.getId(), Map.of()));
            points.add(new TrendPointDto(period.getId(), period.getName(), period.getUpdatesDue(), period.isClosed(),
                    ProgressSummary.withChanges(mix, before)));
            before = mix;
        }
        return new TrendDto(strategy.getId(), strategy.getName(), ProgressSummary.columns(vocabulary), List.copyOf(points));
    }

    private static StatusMixDto mix(List<ProgressStatus> vocabulary, List<PlanAction> counted, Map<Long, ProgressStatus> now,
                                    Map<Long, ProgressStatus> before) {
        List<Long> ids = ids(counted);
        StatusMixDto mix = ProgressSummary.mix(vocabulary, ids, now);
        return before == null ? mix : ProgressSummary.withChanges(mix, ProgressSummary.mix(vocabulary, ids, before));
    }

    private static List<Long> ids(List<PlanAction> actions) {
        return actions.stream().map(PlanAction::getId).toList();
    }

    private static Map<Long, ProgressStatus> submitted(Map<Long, ProgressUpdate> updates) {
        Map<Long, ProgressStatus> statuses = new HashMap<>();
        updates.forEach((action, update) -> {
            if (!update.isDraft()) {
                statuses.put(action, update.getStatus());
            }
        });
        return statuses;
    }
}

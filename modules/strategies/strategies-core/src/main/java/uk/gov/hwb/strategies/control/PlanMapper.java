package uk.gov.hwb.strategies.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.strategies.api.ActionDto;
import uk.gov.hwb.strategies.api.FocusDto;
import uk.gov.hwb.strategies.api.LatestStatusDto;
import uk.gov.hwb.strategies.api.PeriodDto;
import uk.gov.hwb.strategies.api.PriorityDto;
import uk.gov.hwb.strategies.api.StrategyDto;
import uk.gov.hwb.strategies.api.UpdateDto;
import uk.gov.hwb.strategies.entity.PlanAction;
import uk.gov.hwb.strategies.entity.Priority;
import uk.gov.hwb.strategies.entity.PriorityFocus;
import uk.gov.hwb.strategies.entity.ProgressUpdate;
import uk.gov.hwb.strategies.entity.ReportingPeriod;
import uk.gov.hwb.strategies.entity.Strategy;

/** Entities to the API's records, from what a facade has already read (no lookups of its own besides the directory's names). */
public final class PlanMapper {

    private PlanMapper() {
    }

    public static StrategyDto strategy(Strategy s, Directory names, int actionCount) {
        return new StrategyDto(s.getId(), s.getName(), s.getDescription(), s.getFrom(), s.getTo(), s.getOrganisationId(),
                names.organisation(s.getOrganisationId()), s.getBodyId(), names.body(s.getBodyId()), s.getLeadPersonId(),
                names.person(s.getLeadPersonId()), s.getStatuses(), actionCount, null, null, s.getVersion());
    }

    /** The strategy with its whole plan: priorities → actions → sub-actions, each with its latest status, and its periods. */
    public static StrategyDto tree(Strategy s, Directory names, List<Priority> priorities, List<PlanAction> actions,
                                   Map<Long, LatestStatusDto> latest, Map<Long, List<PriorityFocus>> focus, List<ReportingPeriod> periods) {
        Map<Long, List<PlanAction>> children = new LinkedHashMap<>();
        actions.stream().filter(a -> a.getParent() != null)
                .forEach(a -> children.computeIfAbsent(a.getParent().getId(), k -> new ArrayList<>()).add(a));
        List<PriorityDto> rows = new ArrayList<>();
        for (Priority p : priorities) {
            List<ActionDto> top = actions.stream()
                    .filter(a -> a.getParent() == null && a.getPriority().getId().equals(p.getId()))
                    .map(a -> action(a, names, latest, children.getOrDefault(a.getId(), List.of()).stream()
                            .map(c -> action(c, names, latest, List.of())).toList()))
                    .toList();
            rows.add(new PriorityDto(p.getId(), s.getId(), p.getNumber(), p.getName(), p.getDescription(), top,
                    focus.getOrDefault(p.getId(), List.of()).stream().map(PlanMapper::focus).toList(), p.getVersion()));
        }
        int counted = PlanQueries.leaves(actions).size();
        StrategyDto base = strategy(s, names, counted);
        return new StrategyDto(base.id(), base.name(), base.description(), base.from(), base.to(), base.organisationId(),
                base.organisationName(), base.bodyId(), base.bodyName(), base.leadPersonId(), base.leadPersonName(), base.statuses(),
                counted, List.copyOf(rows), periods.stream().map(PlanMapper::period).toList(), base.version());
    }

    public static ActionDto action(PlanAction a, Directory names, Map<Long, LatestStatusDto> latest, List<ActionDto> subActions) {
        return new ActionDto(a.getId(), a.getStrategy().getId(), a.getPriority().getId(), a.getParent() == null ? null : a.getParent().getId(),
                a.getCode(), a.getTitle(), a.getLeadPersonId(), names.person(a.getLeadPersonId()), a.getLeadOrganisationId(),
                names.organisation(a.getLeadOrganisationId()), a.getMeasuring(), a.getTargetDate(),
                subActions.isEmpty() ? latest.get(a.getId()) : null, subActions, a.getVersion());
    }

    public static PriorityDto priority(Priority p) {
        return new PriorityDto(p.getId(), p.getStrategy().getId(), p.getNumber(), p.getName(), p.getDescription(), List.of(), List.of(),
                p.getVersion());
    }

    public static PeriodDto period(ReportingPeriod p) {
        return new PeriodDto(p.getId(), p.getStrategy().getId(), p.getName(), p.getUpdatesDue(), p.getEndsOn(), p.isClosed(),
                p.getClosedAt(), p.getClosedBy(), p.getNote(), p.getVersion());
    }

    public static FocusDto focus(PriorityFocus f) {
        return new FocusDto(f.getId(), f.getPriority().getId(), f.getYear(), f.getText(), f.getVersion());
    }

    public static UpdateDto update(ProgressUpdate u) {
        PlanAction a = u.getAction();
        return new UpdateDto(u.getId(), a.getId(), a.getCode(), a.getTitle(), u.getPeriod().getId(), u.getPeriod().getName(), u.getStatus(),
                u.getCommentary(), u.getMitigation(), u.isKeyImpact(), u.isDraft(), u.getUpdatedBy(), u.getUpdatedAt(),
                u.getCorrectionReason(), u.getVersion());
    }

}

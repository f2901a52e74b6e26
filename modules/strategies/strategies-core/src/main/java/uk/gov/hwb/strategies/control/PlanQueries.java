package uk.gov.hwb.strategies.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.strategies.api.LatestStatusDto;
import uk.gov.hwb.strategies.entity.PlanAction;
import uk.gov.hwb.strategies.entity.Priority;
import uk.gov.hwb.strategies.entity.PriorityFocus;
import uk.gov.hwb.strategies.entity.ProgressUpdate;
import uk.gov.hwb.strategies.entity.ReportingPeriod;
import uk.gov.hwb.strategies.entity.Strategy;

/**
 * The reads every part of the module shares: a strategy's priorities, actions, periods and updates,
 * each list in one query (screens and documents never look things up row by row). Runs in the
 * transaction of the facade that calls it.
 */
@ApplicationScoped
public class PlanQueries {

    /** Plan order: by priority, then action number, then sub-action letters ("1.2" before "1.2A" before "1.10"). */
    public static final Comparator<String> CODE_ORDER = Comparator
            .comparing((String code) -> ActionCodes.parse(code).map(ActionCodes.Code::priority).orElse(Integer.MAX_VALUE))
            .thenComparing(code -> ActionCodes.parse(code).map(ActionCodes.Code::action).orElse(Integer.MAX_VALUE))
            .thenComparing(code -> ActionCodes.parse(code).map(c -> c.letters() == null ? "" : c.letters()).orElse(code));

    @PersistenceContext(unitName = "strategies")
    EntityManager em;

    public Strategy strategy(long id) {
        Strategy strategy = em.find(Strategy.class, id);
        if (strategy == null) {
            throw new NotFoundException("Strategy", id);
        }
        return strategy;
    }

    public ReportingPeriod period(long strategyId, long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null || !period.getStrategy().getId().equals(strategyId)) {
            throw new NotFoundException("Period " + periodId + " of strategy " + strategyId + " does not exist");
        }
        return period;
    }

    public PlanAction action(long id) {
        PlanAction action = em.find(PlanAction.class, id);
        if (action == null) {
            throw new NotFoundException("Action", id);
        }
        return action;
    }

    public Priority priority(long strategyId, long priorityId) {
        Priority priority = em.find(Priority.class, priorityId);
        if (priority == null || !priority.getStrategy().getId().equals(strategyId)) {
            throw new NotFoundException("Priority " + priorityId + " of strategy " + strategyId + " does not exist");
        }
        return priority;
    }

    public List<Priority> priorities(long strategyId) {
        return em.createQuery("select p from Priority p where p.strategy.id = :s order by p.number", Priority.class)
                .setParameter("s", strategyId).getResultList();
    }

    /** The strategy's actions and sub-actions in plan order. */
    public List<PlanAction> actions(long strategyId) {
        List<PlanAction> actions = new java.util.ArrayList<>(em.createQuery(
                "select a from PlanAction a left join fetch a.parent where a.strategy.id = :s", PlanAction.class)
                .setParameter("s", strategyId).getResultList());
        actions.sort(Comparator.comparing(PlanAction::getCode, CODE_ORDER));
        return actions;
    }

    /** The ids of the actions that have sub-actions (and so are reported through them). */
    public static Set<Long> parents(List<PlanAction> actions) {
        Set<Long> parents = new HashSet<>();
        actions.stream().filter(a -> a.getParent() != null).forEach(a -> parents.add(a.getParent().getId()));
        return parents;
    }

    /** The actions counted in a summary: sub-actions, and actions without any. */
    public static List<PlanAction> leaves(List<PlanAction> actions) {
        Set<Long> parents = parents(actions);
        return actions.stream().filter(a -> !parents.contains(a.getId())).toList();
    }

    public List<ReportingPeriod> periods(long strategyId) {
        return em.createQuery("select p from ReportingPeriod p where p.strategy.id = :s order by p.updatesDue", ReportingPeriod.class)
                .setParameter("s", strategyId).getResultList();
    }

    /** The period whose update date comes before this one's, if any. */
    public Optional<ReportingPeriod> previous(ReportingPeriod period) {
        return em.createQuery("select p from ReportingPeriod p where p.strategy = :s and p.updatesDue < :due order by p.updatesDue desc",
                        ReportingPeriod.class)
                .setParameter("s", period.getStrategy()).setParameter("due", period.getUpdatesDue()).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every update of the period (drafts included), by action id. */
    public Map<Long, ProgressUpdate> updates(long periodId) {
        Map<Long, ProgressUpdate> updates = new HashMap<>();
        em.createQuery("select u from ProgressUpdate u join fetch u.action where u.period.id = :p", ProgressUpdate.class)
                .setParameter("p", periodId).getResultList().forEach(u -> updates.put(u.getAction().getId(), u));
        return updates;
    }

    /** Each action's most recent submitted status (by the periods' update dates). */
    public Map<Long, LatestStatusDto> latest(long strategyId) {
        Map<Long, LatestStatusDto> latest = new HashMap<>();
        for (Object[] row : em.createQuery("select u.action.id, u.status, p.id, p.name from ProgressUpdate u join u.period p"
                        + " where p.strategy.id = :s and u.draft = false order by p.updatesDue desc", Object[].class)
                .setParameter("s", strategyId).getResultList()) {
            latest.putIfAbsent((Long) row[0], new LatestStatusDto((uk.gov.hwb.platform.progress.ProgressStatus) row[1], (Long) row[2],
                    (String) row[3]));
        }
        return latest;
    }

    /** Submitted statuses of every period of the strategy: period id → action id → status. */
    public Map<Long, Map<Long, uk.gov.hwb.platform.progress.ProgressStatus>> statusesByPeriod(long strategyId) {
        Map<Long, Map<Long, uk.gov.hwb.platform.progress.ProgressStatus>> byPeriod = new HashMap<>();
        for (Object[] row : em.createQuery("select u.period.id, u.action.id, u.status from ProgressUpdate u"
                        + " where u.period.strategy.id = :s and u.draft = false", Object[].class)
                .setParameter("s", strategyId).getResultList()) {
            byPeriod.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], (uk.gov.hwb.platform.progress.ProgressStatus) row[2]);
        }
        return byPeriod;
    }

    /** Each priority's focus texts, by priority id. */
    public Map<Long, List<PriorityFocus>> focus(long strategyId) {
        Map<Long, List<PriorityFocus>> focus = new HashMap<>();
        em.createQuery("select f from PriorityFocus f where f.priority.strategy.id = :s order by f.year", PriorityFocus.class)
                .setParameter("s", strategyId).getResultList()
                .forEach(f -> focus.computeIfAbsent(f.getPriority().getId(), k -> new java.util.ArrayList<>()).add(f));
        return focus;
    }

    public long corrections(long periodId) {
        return em.createQuery("select count(c) from Correction c where c.update.period.id = :p", Long.class)
                .setParameter("p", periodId).getSingleResult();
    }
}

package uk.gov.hwb.strategies.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.platform.seats.Seats;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.strategies.api.ActionChanges;
import uk.gov.hwb.strategies.api.ActionDto;
import uk.gov.hwb.strategies.api.FocusDto;
import uk.gov.hwb.strategies.api.FocusText;
import uk.gov.hwb.strategies.api.ImportResultDto;
import uk.gov.hwb.strategies.api.NewAction;
import uk.gov.hwb.strategies.api.NewPeriod;
import uk.gov.hwb.strategies.api.NewPriority;
import uk.gov.hwb.strategies.api.NewStrategy;
import uk.gov.hwb.strategies.api.PeriodClosed;
import uk.gov.hwb.strategies.api.PeriodClosing;
import uk.gov.hwb.strategies.api.PeriodDto;
import uk.gov.hwb.strategies.api.PriorityChanges;
import uk.gov.hwb.strategies.api.PriorityDto;
import uk.gov.hwb.strategies.api.Strategies;
import uk.gov.hwb.strategies.api.StrategyChanges;
import uk.gov.hwb.strategies.api.StrategyDto;
import uk.gov.hwb.strategies.control.ActionCodes;
import uk.gov.hwb.strategies.control.Directory;
import uk.gov.hwb.strategies.control.Inputs;
import uk.gov.hwb.strategies.control.PlanMapper;
import uk.gov.hwb.strategies.control.PlanQueries;
import uk.gov.hwb.strategies.control.PlanSheet;
import uk.gov.hwb.strategies.control.StrategyRights;
import uk.gov.hwb.strategies.control.Summaries;
import uk.gov.hwb.strategies.control.SummarySnapshot;
import uk.gov.hwb.strategies.entity.PlanAction;
import uk.gov.hwb.strategies.entity.Priority;
import uk.gov.hwb.strategies.entity.PriorityFocus;
import uk.gov.hwb.strategies.entity.ProgressUpdate;
import uk.gov.hwb.strategies.entity.ReportedSummary;
import uk.gov.hwb.strategies.entity.ReportingPeriod;
import uk.gov.hwb.strategies.entity.Strategy;

/**
 * The implementation of {@link Strategies}: checks who may edit (see {@link StrategyRights}) and the
 * plan's rules (unique names and numbers, action codes, references to people, organisations and
 * bodies that exist) before anything is stored, in the transaction it begins.
 */
@Stateless
@Facade
public class StrategiesService implements Strategies {

    @PersistenceContext(unitName = "strategies")
    EntityManager em;

    @Inject
    PlanQueries plan;

    @Inject
    Summaries summaries;

    @Inject
    People people;

    @Inject
    Seats seats;

    @Inject
    Event<PeriodClosed> closed;

    @Override
    public Page<StrategyDto> strategies(String nameContains, PageRequest page) {
        String pattern = "%" + (nameContains == null ? "" : nameContains.strip().toLowerCase(Locale.UK)) + "%";
        TypedQuery<Strategy> list = em.createQuery("select s from Strategy s where lower(s.name) like :q order by s.name, s.id", Strategy.class)
                .setParameter("q", pattern);
        long total = em.createQuery("select count(s) from Strategy s where lower(s.name) like :q", Long.class).setParameter("q", pattern)
                .getSingleResult();
        Map<Long, Integer> counted = new HashMap<>();
        for (Object[] row : em.createQuery("select a.strategy.id, count(a) from PlanAction a"
                + " where not exists (select c from PlanAction c where c.parent = a) group by a.strategy.id", Object[].class).getResultList()) {
            counted.put((Long) row[0], ((Long) row[1]).intValue());
        }
        Directory names = names();
        return new Page<>(list.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(s -> PlanMapper.strategy(s, names, counted.getOrDefault(s.getId(), 0))).toList(), total, page.offset(), page.limit());
    }

    @Override
    public StrategyDto strategy(long id) {
        Strategy s = plan.strategy(id);
        return PlanMapper.tree(s, names(), plan.priorities(id), plan.actions(id), plan.latest(id), plan.focus(id), plan.periods(id));
    }

    @Override
    public Optional<StrategyDto> strategyNamed(String name) {
        return em.createQuery("select s.id from Strategy s where s.name = :n", Long.class).setParameter("n", name == null ? "" : name.strip())
                .getResultStream().findFirst().map(this::strategy);
    }

    @Override
    public StrategyDto create(NewStrategy input, Viewer viewer) {
        if (!StrategyRights.mayCreate(viewer)) {
            throw new ForbiddenException("Only strategy leads and administrators add strategies.");
        }
        Long lead = input.leadPersonId() != null ? input.leadPersonId() : viewer.personId();
        List<ProgressStatus> statuses = details(null, input.name(), input.from(), input.to(), input.organisationId(), input.bodyId(), lead,
                input.statuses());
        Strategy s = new Strategy(input.name().strip(), input.from(), input.to());
        s.setDescription(Inputs.text(input.description()));
        s.setOrganisationId(input.organisationId());
        s.setBodyId(input.bodyId());
        s.setLeadPersonId(lead);
        s.setStatuses(statuses);
        em.persist(s);
        em.flush();
        return strategy(s.getId());
    }

    @Override
    public StrategyDto change(long id, StrategyChanges input, Viewer viewer) {
        Strategy s = editable(id, viewer);
        Validations.requireVersion("Strategy " + id, input.version(), s.getVersion());
        List<ProgressStatus> statuses = details(s, input.name(), input.from(), input.to(), input.organisationId(), input.bodyId(),
                input.leadPersonId(), input.statuses());
        Set<ProgressStatus> dropped = EnumSet.noneOf(ProgressStatus.class);
        dropped.addAll(s.getStatuses());
        statuses.forEach(dropped::remove);
        for (ProgressStatus status : dropped) {
            long used = em.createQuery("select count(u) from ProgressUpdate u where u.action.strategy = :s and u.status = :st", Long.class)
                    .setParameter("s", s).setParameter("st", status).getSingleResult();
            if (used > 0) {
                throw new InvalidInputException("statuses", status.label() + " is used by " + used + (used == 1 ? " update" : " updates")
                        + " of this strategy, so it stays in its statuses");
            }
        }
        s.setName(input.name().strip());
        s.setDescription(Inputs.text(input.description()));
        s.setFrom(input.from());
        s.setTo(input.to());
        s.setOrganisationId(input.organisationId());
        s.setBodyId(input.bodyId());
        s.setLeadPersonId(input.leadPersonId());
        s.setStatuses(statuses);
        em.flush();
        return strategy(id);
    }

    /** Checks a strategy's details; returns its statuses (the default four when none are given). */
    private List<ProgressStatus> details(Strategy existing, String name, int from, int to, Long organisationId, Long bodyId, Long leadPersonId,
                                         List<ProgressStatus> statuses) {
        List<FieldError> errors = new ArrayList<>();
        if (to < from) {
            errors.add(new FieldError("to", "must not come before from (" + from + ")"));
        }
        boolean taken = em.createQuery("select s from Strategy s where lower(s.name) = :n", Strategy.class)
                .setParameter("n", name.strip().toLowerCase(Locale.UK)).getResultStream()
                .anyMatch(other -> existing == null || !other.getId().equals(existing.getId()));
        if (taken) {
            errors.add(new FieldError("name", "a strategy called '" + name.strip() + "' exists already"));
        }
        Directory names = names();
        if (organisationId != null && !names.hasOrganisation(organisationId)) {
            errors.add(new FieldError("organisationId", "no organisation has id " + organisationId));
        }
        if (bodyId != null && seats.body(bodyId).isEmpty()) {
            errors.add(new FieldError("bodyId", "no body has id " + bodyId));
        }
        if (leadPersonId != null && people.findPerson(leadPersonId).isEmpty()) {
            errors.add(new FieldError("leadPersonId", "no person has id " + leadPersonId));
        }
        List<ProgressStatus> chosen = statuses == null || statuses.isEmpty() ? Inputs.DEFAULT_STATUSES : statuses;
        if (new HashSet<>(chosen).size() != chosen.size()) {
            errors.add(new FieldError("statuses", "lists a status twice"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return chosen;
    }

    @Override
    public PriorityDto addPriority(long strategyId, NewPriority input, Viewer viewer) {
        Strategy s = editable(strategyId, viewer);
        plan.priorities(strategyId).stream().filter(p -> p.getNumber() == input.number()).findFirst().ifPresent(p -> {
            throw new InvalidInputException("number", "priority " + p.getNumber() + " of this strategy is '" + p.getName() + "' already");
        });
        Priority priority = new Priority(s, input.number(), input.name().strip());
        priority.setDescription(Inputs.text(input.description()));
        em.persist(priority);
        em.flush();
        return PlanMapper.priority(priority);
    }

    @Override
    public PriorityDto changePriority(long strategyId, long priorityId, PriorityChanges input, Viewer viewer) {
        editable(strategyId, viewer);
        Priority priority = plan.priority(strategyId, priorityId);
        Validations.requireVersion("Priority " + priorityId, input.version(), priority.getVersion());
        priority.setName(input.name().strip());
        priority.setDescription(Inputs.text(input.description()));
        em.flush();
        return PlanMapper.priority(priority);
    }

    @Override
    public ActionDto addAction(long strategyId, NewAction input, Viewer viewer) {
        Strategy s = editable(strategyId, viewer);
        String code = ActionCodes.normalise(input.code());
        List<PlanAction> actions = plan.actions(strategyId);
        Map<String, PlanAction> byCode = new HashMap<>();
        actions.forEach(a -> byCode.put(a.getCode(), a));

        PlanAction parent = null;
        if (input.parentId() != null) {
            parent = actions.stream().filter(a -> a.getId().equals(input.parentId())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("parentId", "no action of this strategy has id " + input.parentId()));
        } else {
            Optional<ActionCodes.Code> parsed = ActionCodes.parse(code);
            if (parsed.isPresent() && parsed.get().isSubAction()) {
                parent = byCode.get(parsed.get().actionCode());
            }
        }
        if (parent != null && parent.getParent() != null) {
            throw new InvalidInputException("parentId", parent.getCode() + " is a sub-action; a sub-action has no sub-actions of its own");
        }
        Priority priority;
        if (input.priorityId() != null) {
            priority = plan.priorities(strategyId).stream().filter(p -> p.getId().equals(input.priorityId())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("priorityId", "no priority of this strategy has id " + input.priorityId()));
            if (parent != null && !parent.getPriority().getId().equals(priority.getId())) {
                throw new InvalidInputException("priorityId", "the sub-action's action " + parent.getCode() + " is in priority "
                        + parent.getPriority().getNumber() + ", not " + priority.getNumber());
            }
        } else if (parent != null) {
            priority = parent.getPriority();
        } else {
            Integer number = ActionCodes.parse(code).map(ActionCodes.Code::priority).orElse(null);
            priority = plan.priorities(strategyId).stream().filter(p -> number != null && p.getNumber() == number).findFirst()
                    .orElseThrow(() -> new InvalidInputException("priorityId", "is required: which priority is the action in?"));
        }
        Optional<String> problem = ActionCodes.problem(code, priority.getNumber(), parent == null ? null : parent.getCode(), byCode.keySet());
        if (problem.isPresent()) {
            throw new InvalidInputException("code", problem.get());
        }
        lead(input.leadPersonId(), input.leadOrganisationId());
        PlanAction action = new PlanAction(s, priority, parent, code, input.title().strip());
        action.setLeadPersonId(input.leadPersonId());
        action.setLeadOrganisationId(input.leadOrganisationId());
        action.setMeasuring(Inputs.text(input.measuring()));
        action.setTargetDate(input.targetDate());
        em.persist(action);
        em.flush();
        return PlanMapper.action(action, names(), Map.of(), List.of());
    }

    @Override
    public ActionDto changeAction(long actionId, ActionChanges input, Viewer viewer) {
        PlanAction action = plan.action(actionId);
        editable(action.getStrategy().getId(), viewer);
        Validations.requireVersion("Action " + action.getCode(), input.version(), action.getVersion());
        lead(input.leadPersonId(), input.leadOrganisationId());
        action.setTitle(input.title().strip());
        action.setLeadPersonId(input.leadPersonId());
        action.setLeadOrganisationId(input.leadOrganisationId());
        action.setMeasuring(Inputs.text(input.measuring()));
        action.setTargetDate(input.targetDate());
        em.flush();
        return action(actionId);
    }

    @Override
    public ActionDto action(long actionId) {
        PlanAction action = plan.action(actionId);
        long strategyId = action.getStrategy().getId();
        List<PlanAction> children = plan.actions(strategyId).stream()
                .filter(a -> a.getParent() != null && a.getParent().getId().equals(actionId)).toList();
        Directory names = names();
        var latest = plan.latest(strategyId);
        return PlanMapper.action(action, names, latest, children.stream().map(c -> PlanMapper.action(c, names, latest, List.of())).toList());
    }

    private void lead(Long personId, Long organisationId) {
        List<FieldError> errors = new ArrayList<>();
        if (personId != null && people.findPerson(personId).isEmpty()) {
            errors.add(new FieldError("leadPersonId", "no person has id " + personId));
        }
        if (organisationId != null && !names().hasOrganisation(organisationId)) {
            errors.add(new FieldError("leadOrganisationId", "no organisation has id " + organisationId));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @Override
    public List<PeriodDto> periods(long strategyId) {
        plan.strategy(strategyId);
        return plan.periods(strategyId).stream().map(PlanMapper::period).toList();
    }

    @Override
    public PeriodDto period(long strategyId, long periodId) {
        return PlanMapper.period(plan.period(strategyId, periodId));
    }

    @Override
    public PeriodDto addPeriod(long strategyId, NewPeriod input, Viewer viewer) {
        Strategy s = editable(strategyId, viewer);
        List<FieldError> errors = new ArrayList<>();
        for (ReportingPeriod other : plan.periods(strategyId)) {
            if (other.getName().equalsIgnoreCase(input.name().strip())) {
                errors.add(new FieldError("name", "this strategy has a period called '" + other.getName() + "' already"));
            }
            if (other.getUpdatesDue().equals(input.updatesDue())) {
                errors.add(new FieldError("updatesDue", "the period '" + other.getName() + "' has the same update date;"
                        + " each period needs its own, which orders the periods"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ReportingPeriod period = new ReportingPeriod(s, input.name().strip(), input.updatesDue(),
                input.endsOn() == null ? input.updatesDue() : input.endsOn());
        em.persist(period);
        em.flush();
        return PlanMapper.period(period);
    }

    @Override
    public PeriodDto closePeriod(long strategyId, long periodId, PeriodClosing closing, Viewer viewer) {
        Strategy s = editable(strategyId, viewer);
        ReportingPeriod period = plan.period(strategyId, periodId);
        Validations.requireVersion("Period " + period.getName(), closing.version(), period.getVersion());
        if (period.isClosed()) {
            throw new ConflictException("The period " + period.getName() + " was closed already, on " + period.getClosedAt().toLocalDate() + ".");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String by = who(viewer);
        period.close(by, now, Inputs.text(closing.note()));
        var summary = summaries.live(s, period, now);
        em.persist(new ReportedSummary(period, SummarySnapshot.FORMAT, SummarySnapshot.write(summary), now, by));
        em.flush();
        closed.fire(new PeriodClosed(strategyId, periodId, period.getName()));
        return PlanMapper.period(period);
    }

    @Override
    public FocusDto setFocus(long strategyId, long priorityId, String year, FocusText input, Viewer viewer) {
        editable(strategyId, viewer);
        Priority priority = plan.priority(strategyId, priorityId);
        try {
            uk.gov.hwb.platform.period.FinancialYear.parse(year);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("year", e.getMessage());
        }
        PriorityFocus focus = em.createQuery("select f from PriorityFocus f where f.priority = :p and f.year = :y", PriorityFocus.class)
                .setParameter("p", priority).setParameter("y", year).getResultStream().findFirst().orElse(null);
        if (focus == null) {
            focus = new PriorityFocus(priority, year, input.text().strip());
            em.persist(focus);
        } else {
            if (input.version() == null) {
                throw new InvalidInputException("version", "is required: priority " + priority.getNumber() + " has a focus for " + year
                        + " already (version " + focus.getVersion() + "); send the version you read");
            }
            Validations.requireVersion("The focus for " + year, input.version(), focus.getVersion());
            focus.setText(input.text().strip());
        }
        em.flush();
        return PlanMapper.focus(focus);
    }

    @Override
    public ImportResultDto importPlan(long strategyId, InputStream sheet, Long periodId, Viewer viewer) {
        Strategy s = editable(strategyId, viewer);
        List<ReportingPeriod> periods = plan.periods(strategyId);
        ReportingPeriod chosen = periodId == null ? null : plan.period(strategyId, periodId);
        List<Priority> priorities = plan.priorities(strategyId);
        List<PlanAction> actions = plan.actions(strategyId);
        PlanSheet.Plan imported = PlanSheet.read(sheet, s.getStatuses(), priorities.stream()
                        .map(p -> new PlanSheet.KnownPriority(p.getId(), p.getNumber(), p.getName())).toList(),
                actions.stream().map(a -> new PlanSheet.KnownAction(a.getId(), a.getCode(), a.getParent() == null ? null : a.getParent().getCode(),
                        a.getPriority().getNumber())).toList(),
                periods.stream().map(p -> new PlanSheet.KnownPeriod(p.getId(), p.getName(), p.isClosed())).toList(),
                chosen == null ? null : chosen.getId(), names());
        // Every row is good: store it all, in this one transaction.
        Map<Integer, Priority> priorityByNumber = new HashMap<>();
        priorities.forEach(p -> priorityByNumber.put(p.getNumber(), p));
        int prioritiesAdded = 0;
        for (PlanSheet.NewPriorityRow row : imported.newPriorities()) {
            Priority p = new Priority(s, row.number(), row.name());
            em.persist(p);
            priorityByNumber.put(row.number(), p);
            prioritiesAdded++;
        }
        Map<String, PlanAction> byCode = new HashMap<>();
        actions.forEach(a -> byCode.put(a.getCode(), a));
        Map<Long, ReportingPeriod> periodById = new HashMap<>();
        periods.forEach(p -> periodById.put(p.getId(), p));
        int added = 0;
        int changed = 0;
        int recorded = 0;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (PlanSheet.Row row : imported.rows()) {
            PlanAction action = byCode.get(row.code());
            boolean isNew = action == null;
            if (isNew) {
                action = new PlanAction(s, priorityByNumber.get(row.priorityNumber()), row.parentCode() == null ? null : byCode.get(row.parentCode()),
                        row.code(), row.title());
                byCode.put(row.code(), action);
                added++;
            } else {
                changed++;
            }
            action.setTitle(row.title());
            if (imported.has(PlanSheet.LEAD)) {
                action.setLeadPersonId(row.leadPersonId());
                action.setLeadOrganisationId(row.leadOrganisationId());
            }
            if (imported.has(PlanSheet.MEASURE)) {
                action.setMeasuring(row.measuring());
            }
            if (imported.has(PlanSheet.TARGET_DATE)) {
                action.setTargetDate(row.targetDate());
            }
            if (isNew) {
                em.persist(action); // after its fields are set: Hibernate takes the row to insert at persist
            }
            if (row.status() != null) {
                ReportingPeriod period = periodById.get(row.periodId());
                ProgressUpdate existing = em.createQuery("select u from ProgressUpdate u where u.action = :a and u.period = :p", ProgressUpdate.class)
                        .setParameter("a", action).setParameter("p", period).getResultStream().findFirst().orElse(null);
                ProgressUpdate update = existing == null ? new ProgressUpdate(action, period) : existing;
                update.record(row.status(), row.commentary(), row.mitigation(), row.keyImpact(), false, who(viewer), now);
                if (existing == null) {
                    em.persist(update);
                }
                recorded++;
            }
        }
        em.flush();
        return new ImportResultDto(imported.rows().size(), prioritiesAdded, added, changed, recorded);
    }

    @Override
    public byte[] exportPlan(long strategyId) {
        Strategy s = plan.strategy(strategyId);
        List<PlanAction> actions = plan.actions(strategyId);
        Map<Long, ProgressUpdate> latest = new HashMap<>();
        em.createQuery("select u from ProgressUpdate u join fetch u.period where u.period.strategy = :s and u.draft = false"
                        + " order by u.period.updatesDue desc", ProgressUpdate.class)
                .setParameter("s", s).getResultList().forEach(u -> latest.putIfAbsent(u.getAction().getId(), u));
        Map<Integer, String> priorityNames = new HashMap<>();
        plan.priorities(strategyId).forEach(p -> priorityNames.put(p.getNumber(), p.getName()));
        return PlanSheet.write(s.getName(), actions, PlanQueries.parents(actions), latest, priorityNames, names());
    }

    @Override
    public boolean exists(long strategyId) {
        return em.find(Strategy.class, strategyId) != null;
    }

    @Override
    public boolean hasPeriod(long strategyId, long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        return period != null && period.getStrategy().getId() == strategyId;
    }

    @Override
    public boolean canEdit(long strategyId, Viewer viewer) {
        return StrategyRights.mayEdit(plan.strategy(strategyId).getLeadPersonId(), viewer);
    }

    private Strategy editable(long strategyId, Viewer viewer) {
        Strategy s = plan.strategy(strategyId);
        if (!StrategyRights.mayEdit(s.getLeadPersonId(), viewer)) {
            throw new ForbiddenException("Only the lead of " + s.getName() + " (a strategy lead linked to its lead person) and administrators change it.");
        }
        return s;
    }

    static String who(Viewer viewer) {
        return viewer.username() == null ? "system" : viewer.username();
    }

    private Directory names() {
        return new Directory(people, seats);
    }
}

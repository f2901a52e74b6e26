package uk.gov.hwb.strategies.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.strategies.api.CorrectionDto;
import uk.gov.hwb.strategies.api.StatusUpdate;
import uk.gov.hwb.strategies.api.StatusUpdates;
import uk.gov.hwb.strategies.api.UpdateDto;
import uk.gov.hwb.strategies.api.UpdateDueDto;
import uk.gov.hwb.strategies.control.Inputs;
import uk.gov.hwb.strategies.control.PlanMapper;
import uk.gov.hwb.strategies.control.PlanQueries;
import uk.gov.hwb.strategies.control.StrategyRights;
import uk.gov.hwb.strategies.entity.Correction;
import uk.gov.hwb.strategies.entity.PlanAction;
import uk.gov.hwb.strategies.entity.ProgressUpdate;
import uk.gov.hwb.strategies.entity.ReportingPeriod;
import uk.gov.hwb.strategies.entity.Strategy;

/**
 * The implementation of {@link StatusUpdates}. The rules of an update, checked here before it is
 * stored: only the action's lead (or the strategy's lead, or an administrator) records it; an action
 * with sub-actions is reported through them; the status is one of the strategy's; Some slippage
 * and At risk say what is being done to address them; a submitted update needs the version read;
 * a draft is the lead's until submitted and is not counted; in a closed period a change is a
 * correction with a reason, kept beside the summary as reported.
 */
@Stateless
@Facade
public class StatusUpdatesService implements StatusUpdates {

    @PersistenceContext(unitName = "strategies")
    EntityManager em;

    @Inject
    PlanQueries plan;

    @Override
    public UpdateDto record(long actionId, long periodId, StatusUpdate input, Viewer viewer) {
        PlanAction action = plan.action(actionId);
        Strategy strategy = action.getStrategy();
        ReportingPeriod period = plan.period(strategy.getId(), periodId);
        if (!mayUpdate(strategy, action, viewer)) {
            throw new ForbiddenException("Only the lead of " + action.getCode() + ", the lead of " + strategy.getName()
                    + " and administrators update this action.");
        }
        List<String> subActions = em.createQuery("select a.code from PlanAction a where a.parent = :p", String.class)
                .setParameter("p", action).getResultList();
        if (!subActions.isEmpty()) {
            throw new InvalidInputException("actionId", action.getCode() + " is reported through its sub-actions ("
                    + subActions.stream().sorted(PlanQueries.CODE_ORDER).collect(Collectors.joining(", ")) + "): update those");
        }
        ProgressUpdate existing = em.createQuery("select u from ProgressUpdate u where u.action = :a and u.period = :p", ProgressUpdate.class)
                .setParameter("a", action).setParameter("p", period).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            if (input.version() == null) {
                throw new InvalidInputException("version", "is required: " + action.getCode() + " has an update for " + period.getName()
                        + " already (version " + existing.getVersion() + "); send the version you read");
            }
            Validations.requireVersion("The update of " + action.getCode() + " for " + period.getName(), input.version(), existing.getVersion());
        }
        ProgressStatus status = input.status();
        List<ProgressStatus> vocabulary = strategy.getStatuses();
        if (status != null && !vocabulary.contains(status)) {
            throw new InvalidInputException("status", status.label() + " is not one of this strategy's statuses: " + Inputs.labels(vocabulary));
        }
        String mitigation = Inputs.text(input.mitigation());
        String reason = Inputs.text(input.correctionReason());
        if (input.isDraft()) {
            if (period.isClosed()) {
                throw new InvalidInputException("draft", "the period " + period.getName() + " is closed: there are no drafts in it;"
                        + " a change now is a correction with a reason");
            }
            if (existing != null && !existing.isDraft()) {
                throw new InvalidInputException("draft", "this update has been submitted; submit the change instead of saving a draft");
            }
        } else {
            if (status == null) {
                throw new InvalidInputException("status", "is required to submit the update: one of " + Inputs.labels(vocabulary));
            }
            if (status.needsMitigation() && mitigation == null) {
                throw new InvalidInputException("mitigation", "is required for " + status.label()
                        + ": say what is being done to address it");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String by = StrategiesService.who(viewer);
        if (period.isClosed()) {
            if (reason == null) {
                throw new ConflictException("The period " + period.getName() + " is closed: its summary went to the board"
                        + (period.getNote() == null ? "" : " (" + period.getNote() + ")") + ". A change now is a correction:"
                        + " send correctionReason saying why.");
            }
        } else if (reason != null) {
            throw new InvalidInputException("correctionReason", "is only for corrections in a closed period; " + period.getName() + " is open");
        }
        ProgressStatus before = existing == null ? null : existing.getStatus();
        ProgressUpdate update = existing == null ? new ProgressUpdate(action, period) : existing;
        update.record(status, Inputs.text(input.commentary()), mitigation, input.isKeyImpact(), input.isDraft(), by, now);
        if (period.isClosed()) {
            update.setCorrectionReason(reason);
        }
        if (existing == null) {
            em.persist(update); // after its fields are set: Hibernate takes the row to insert at persist
        }
        if (period.isClosed()) {
            em.persist(new Correction(update, before, status, reason, by, now));
        }
        em.flush();
        return PlanMapper.update(update);
    }

    @Override
    public Optional<UpdateDto> update(long actionId, long periodId) {
        PlanAction action = plan.action(actionId);
        plan.period(action.getStrategy().getId(), periodId);
        return em.createQuery("select u from ProgressUpdate u where u.action.id = :a and u.period.id = :p", ProgressUpdate.class)
                .setParameter("a", actionId).setParameter("p", periodId).getResultStream().findFirst().map(PlanMapper::update);
    }

    @Override
    public List<UpdateDto> updates(long strategyId, long periodId) {
        plan.period(strategyId, periodId);
        return plan.updates(periodId).values().stream().map(PlanMapper::update)
                .sorted(Comparator.comparing(UpdateDto::actionCode, PlanQueries.CODE_ORDER)).toList();
    }

    @Override
    public List<CorrectionDto> corrections(long strategyId, long periodId) {
        plan.period(strategyId, periodId);
        return em.createQuery("select c, a.id, a.code from Correction c join c.update u join u.action a where u.period.id = :p"
                        + " order by c.correctedAt desc, c.id desc", Object[].class)
                .setParameter("p", periodId).getResultList().stream().map(row -> {
                    Correction c = (Correction) row[0];
                    return new CorrectionDto(c.getId(), (Long) row[1], (String) row[2], periodId, c.getBefore(), c.getAfter(), c.getReason(),
                            c.getCorrectedBy(), c.getCorrectedAt());
                }).toList();
    }

    @Override
    public List<UpdateDueDto> dueFor(Viewer viewer) {
        if (viewer.personId() == null) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select a, p from PlanAction a left join a.parent par, ReportingPeriod p"
                        + " where p.strategy = a.strategy and p.closed = false"
                        + " and (a.leadPersonId = :person or par.leadPersonId = :person)"
                        + " and not exists (select c from PlanAction c where c.parent = a)"
                        + " and not exists (select u from ProgressUpdate u where u.action = a and u.period = p and u.draft = false)",
                Object[].class).setParameter("person", viewer.personId()).getResultList();
        Set<String> drafts = new HashSet<>();
        em.createQuery("select a.id, u.period.id from ProgressUpdate u join u.action a left join a.parent par where u.draft = true"
                        + " and u.period.closed = false and (a.leadPersonId = :person or par.leadPersonId = :person)", Object[].class)
                .setParameter("person", viewer.personId()).getResultList().forEach(r -> drafts.add(r[0] + "/" + r[1]));
        LocalDate today = LocalDate.now(CouncilCalendar.ZONE);
        List<UpdateDueDto> due = new ArrayList<>();
        for (Object[] row : rows) {
            PlanAction a = (PlanAction) row[0];
            ReportingPeriod p = (ReportingPeriod) row[1];
            due.add(new UpdateDueDto(a.getStrategy().getId(), a.getStrategy().getName(), a.getId(), a.getCode(), a.getTitle(), p.getId(),
                    p.getName(), p.getUpdatesDue(), p.getUpdatesDue().isBefore(today), drafts.contains(a.getId() + "/" + p.getId())));
        }
        due.sort(Comparator.comparing(UpdateDueDto::updatesDue).thenComparing(UpdateDueDto::strategyName)
                .thenComparing(UpdateDueDto::code, PlanQueries.CODE_ORDER));
        return due;
    }

    @Override
    public List<Long> updatableActions(long strategyId, Viewer viewer) {
        Strategy strategy = plan.strategy(strategyId);
        return PlanQueries.leaves(plan.actions(strategyId)).stream().filter(a -> mayUpdate(strategy, a, viewer)).map(PlanAction::getId).toList();
    }

    private static boolean mayUpdate(Strategy strategy, PlanAction action, Viewer viewer) {
        return StrategyRights.mayUpdate(strategy.getLeadPersonId(), action.getLeadPersonId(),
                action.getParent() == null ? null : action.getParent().getLeadPersonId(), viewer);
    }
}

package uk.gov.hwb.strategies.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.strategies.api.MeasureDto;
import uk.gov.hwb.strategies.api.MeasureFigure;
import uk.gov.hwb.strategies.api.MeasureValueDto;
import uk.gov.hwb.strategies.api.Measures;
import uk.gov.hwb.strategies.api.NewMeasure;
import uk.gov.hwb.strategies.control.Inputs;
import uk.gov.hwb.strategies.control.MeasureJudgement;
import uk.gov.hwb.strategies.control.PlanQueries;
import uk.gov.hwb.strategies.control.StrategyRights;
import uk.gov.hwb.strategies.entity.Measure;
import uk.gov.hwb.strategies.entity.MeasureValue;
import uk.gov.hwb.strategies.entity.Priority;
import uk.gov.hwb.strategies.entity.ReportingPeriod;
import uk.gov.hwb.strategies.entity.Strategy;

/** The implementation of {@link Measures}: measures and their values, each value judged by {@link MeasureJudgement}. */
@Stateless
@Facade
public class MeasuresService implements Measures {

    @PersistenceContext(unitName = "strategies")
    EntityManager em;

    @Inject
    PlanQueries plan;

    @Override
    public List<MeasureDto> measures(long strategyId) {
        plan.strategy(strategyId);
        List<Measure> measures = em.createQuery("select m from Measure m where m.strategy.id = :s order by m.id", Measure.class)
                .setParameter("s", strategyId).getResultList();
        Map<Long, List<MeasureValue>> values = new HashMap<>();
        em.createQuery("select v from MeasureValue v join fetch v.period where v.measure.strategy.id = :s order by v.period.updatesDue", MeasureValue.class)
                .setParameter("s", strategyId).getResultList()
                .forEach(v -> values.computeIfAbsent(v.getMeasure().getId(), k -> new ArrayList<>()).add(v));
        return measures.stream().map(m -> dto(m, values.getOrDefault(m.getId(), List.of()))).toList();
    }

    @Override
    public MeasureDto add(long strategyId, NewMeasure input, Viewer viewer) {
        Strategy strategy = editable(strategyId, viewer);
        Basis basis = input.basis() == null ? Basis.TRAJECTORY : input.basis();
        List<FieldError> errors = new ArrayList<>();
        if (!MeasureJudgement.supports(basis)) {
            errors.add(new FieldError("basis", "a strategy's measure is judged against the trajectory to its target (TRAJECTORY)"
                    + " or as is against it (AS_IS), not " + basis));
        }
        if (input.target() != null && basis == Basis.TRAJECTORY) {
            if (input.targetDate() == null) {
                errors.add(new FieldError("targetDate", "is required with a target: the trajectory runs to it"));
            }
            if (input.baseline() == null) {
                errors.add(new FieldError("baseline", "is required with a target: the trajectory starts from it"));
            }
            if (input.baselineDate() == null) {
                errors.add(new FieldError("baselineDate", "is required with a target: the trajectory starts from it"));
            }
        }
        if (input.baselineDate() != null && input.targetDate() != null && !input.targetDate().isAfter(input.baselineDate())) {
            errors.add(new FieldError("targetDate", "must come after the baseline date " + input.baselineDate()));
        }
        Priority priority = null;
        if (input.priorityId() != null) {
            priority = plan.priorities(strategyId).stream().filter(p -> p.getId().equals(input.priorityId())).findFirst().orElse(null);
            if (priority == null) {
                errors.add(new FieldError("priorityId", "no priority of this strategy has id " + input.priorityId()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Measure measure = new Measure(strategy, priority, input.name().strip(), input.unit(), input.polarity(), basis);
        measure.baselineAndTarget(input.baseline(), input.baselineDate(), input.target(), input.targetDate());
        measure.setSource(Inputs.text(input.source()));
        em.persist(measure);
        em.flush();
        return dto(measure, List.of());
    }

    @Override
    public MeasureDto recordValue(long measureId, long periodId, MeasureFigure input, Viewer viewer) {
        Measure measure = em.find(Measure.class, measureId);
        if (measure == null) {
            throw new NotFoundException("Measure", measureId);
        }
        long strategyId = measure.getStrategy().getId();
        editable(strategyId, viewer);
        ReportingPeriod period = plan.period(strategyId, periodId);
        MeasureValue value = em.createQuery("select v from MeasureValue v where v.measure = :m and v.period = :p", MeasureValue.class)
                .setParameter("m", measure).setParameter("p", period).getResultStream().findFirst().orElse(null);
        boolean isNew = value == null;
        if (isNew) {
            value = new MeasureValue(measure, period);
        } else {
            if (input.version() == null) {
                throw new InvalidInputException("version", "is required: " + period.getName() + " has a value already (version "
                        + value.getVersion() + "); send the version you read");
            }
            Validations.requireVersion("The value for " + period.getName(), input.version(), value.getVersion());
        }
        value.set(input.value(), input.valueDate() == null ? period.getEndsOn() : input.valueDate(), Inputs.text(input.note()));
        if (isNew) {
            em.persist(value);
        }
        em.flush();
        return measures(strategyId).stream().filter(m -> m.id() == measureId).findFirst().orElseThrow();
    }

    private MeasureDto dto(Measure m, List<MeasureValue> values) {
        List<MeasureValueDto> judged = values.stream().sorted(Comparator.comparing(v -> v.getPeriod().getUpdatesDue())).map(v -> {
            Assessment a = MeasureJudgement.judge(m.getUnit(), m.getPolarity(), m.getBasis(), m.getBaseline(), m.getBaselineDate(),
                    m.getTarget(), m.getTargetDate(), v.getValue(), v.getValueDate());
            return new MeasureValueDto(v.getId(), m.getId(), v.getPeriod().getId(), v.getPeriod().getName(), v.getValue(),
                    m.getUnit().format(v.getValue()), v.getValueDate(), v.getNote(), a.status(), a.target(), a.gap(), a.sentence(), v.getVersion());
        }).toList();
        return new MeasureDto(m.getId(), m.getStrategy().getId(), m.getPriority() == null ? null : m.getPriority().getId(), m.getName(),
                m.getUnit(), m.getPolarity(), m.getBasis(), m.getBaseline(), m.getBaselineDate(), m.getTarget(), m.getTargetDate(),
                m.getSource(), MeasureJudgement.aim(m.getUnit(), m.getPolarity(), m.getBaseline(), m.getBaselineDate(), m.getTarget(),
                m.getTargetDate()), judged, m.getVersion());
    }

    private Strategy editable(long strategyId, Viewer viewer) {
        Strategy s = plan.strategy(strategyId);
        if (!StrategyRights.mayEdit(s.getLeadPersonId(), viewer)) {
            throw new ForbiddenException("Only the lead of " + s.getName() + " and administrators change its measures.");
        }
        return s;
    }
}

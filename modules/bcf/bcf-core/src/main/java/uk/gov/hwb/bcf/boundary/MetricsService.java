package uk.gov.hwb.bcf.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.hwb.bcf.api.MetricChanges;
import uk.gov.hwb.bcf.api.MetricDto;
import uk.gov.hwb.bcf.api.MetricQuarterDto;
import uk.gov.hwb.bcf.api.MetricValueEntry;
import uk.gov.hwb.bcf.api.Metrics;
import uk.gov.hwb.bcf.api.NewMetric;
import uk.gov.hwb.bcf.control.ConsistencyCheck;
import uk.gov.hwb.bcf.control.Figures;
import uk.gov.hwb.bcf.control.MetricAssessments;
import uk.gov.hwb.bcf.control.Rights;
import uk.gov.hwb.bcf.control.Years;
import uk.gov.hwb.bcf.entity.Metric;
import uk.gov.hwb.bcf.entity.MetricTarget;
import uk.gov.hwb.bcf.entity.MetricValue;
import uk.gov.hwb.bcf.entity.Plan;
import uk.gov.hwb.bcf.entity.PlanYear;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.MeasureStatus;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.period.ReportingPeriod;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The gate to a plan's national metrics: their definitions, targets per year and quarterly values.
 * What a quarter shows (status, gap, sentence, commentary check) is always judged afresh from the
 * stored figures, by the kernel's measures rule through {@link MetricAssessments}.
 */
@Stateless
@Facade
public class MetricsService implements Metrics {

    private static final Set<MeasureUnit> UNITS = EnumSet.of(MeasureUnit.PERCENT, MeasureUnit.RATE_PER_100K, MeasureUnit.COUNT);
    private static final Set<Polarity> POLARITIES = EnumSet.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
    private static final Set<Basis> BASES = EnumSet.of(Basis.AS_IS, Basis.ANNUAL_PROJECTION);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext(unitName = "bcf")
    EntityManager em;

    @Override
    public List<MetricDto> metrics(long planId) {
        Plan plan = Lookups.plan(em, planId);
        List<Metric> metrics = em.createQuery("select m from Metric m where m.plan = :p order by m.position, m.id", Metric.class)
                .setParameter("p", plan).getResultList();
        Map<Long, List<MetricTarget>> targets = new HashMap<>();
        em.createQuery("select t from MetricTarget t where t.metric.plan = :p", MetricTarget.class).setParameter("p", plan).getResultList()
                .forEach(t -> targets.computeIfAbsent(t.getMetric().getId(), k -> new ArrayList<>()).add(t));
        Map<Long, List<MetricValue>> values = new HashMap<>();
        em.createQuery("select v from MetricValue v where v.metric.plan = :p", MetricValue.class).setParameter("p", plan).getResultList()
                .forEach(v -> values.computeIfAbsent(v.getMetric().getId(), k -> new ArrayList<>()).add(v));
        return metrics.stream().map(m -> toDto(m, Lookups.startYears(plan), targets.getOrDefault(m.getId(), List.of()),
                values.getOrDefault(m.getId(), List.of()))).toList();
    }

    @Override
    public MetricDto metric(long id) {
        return toDto(find(id));
    }

    @Override
    public MetricDto create(long planId, NewMetric input, Viewer viewer) {
        Rights.requireFinance(viewer);
        Plan plan = Lookups.plan(em, planId);
        Definition definition = definition(input.unit(), input.polarity(), input.basis());
        Map<Integer, BigDecimal> targets = checked(plan, input.name(), definition.unit(), input.targets(), null);
        long count = em.createQuery("select count(m) from Metric m where m.plan = :p", Long.class).setParameter("p", plan).getSingleResult();
        Metric metric = new Metric(plan, (int) count + 1);
        define(metric, input.name(), definition);
        em.persist(metric);
        targets.forEach((year, target) -> em.persist(new MetricTarget(metric, year, target)));
        em.flush();
        return toDto(metric);
    }

    @Override
    public MetricDto update(long id, MetricChanges input, Viewer viewer) {
        Rights.requireFinance(viewer);
        Metric metric = find(id);
        Validations.requireVersion("Metric " + id, input.version(), metric.getVersion());
        Definition definition = definition(input.unit(), input.polarity(), input.basis());
        Map<Integer, BigDecimal> targets = checked(metric.getPlan(), input.name(), definition.unit(), input.targets(), metric.getId());
        define(metric, input.name(), definition);
        Map<Integer, MetricTarget> stored = new HashMap<>();
        targets(metric).forEach(t -> stored.put(t.getStartYear(), t));
        targets.forEach((year, target) -> {
            MetricTarget existing = stored.remove(year);
            if (existing == null) {
                em.persist(new MetricTarget(metric, year, target));
            } else if (existing.getTarget().compareTo(target) != 0) {
                existing.setTarget(target);
            }
        });
        stored.values().forEach(em::remove);
        em.flush();
        return toDto(metric);
    }

    @Override
    public MetricDto recordValue(long id, String yearText, int quarter, MetricValueEntry entry, Viewer viewer) {
        Rights.requireFinance(viewer);
        Metric metric = find(id);
        PlanYear year = Lookups.yearField(em, metric.getPlan(), "year", yearText);
        if (entry.value() != null && metric.getUnit() == MeasureUnit.PERCENT && entry.value().compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("value", "is a percentage, so at most 100");
        }
        MetricValue value = em.createQuery("select v from MetricValue v where v.metric = :m and v.startYear = :y and v.quarter = :q",
                        MetricValue.class).setParameter("m", metric).setParameter("y", year.getStartYear()).setParameter("q", quarter)
                .getResultStream().findFirst().orElse(null);
        if (entry.version() != null) {
            Validations.requireVersion(metric.getName() + " in Q" + quarter + " " + Years.label(year.getStartYear()), entry.version(),
                    value == null ? 0 : value.getVersion());
        }
        if (value == null) {
            value = new MetricValue(metric, year.getStartYear(), quarter);
            value.setValue(entry.value());
            value.setCommentary(trimmed(entry.commentary()));
            em.persist(value);
        } else {
            if (entry.value() == null ? value.getValue() != null : value.getValue() == null || value.getValue().compareTo(entry.value()) != 0) {
                value.setValue(entry.value());
            }
            String commentary = trimmed(entry.commentary());
            if (!java.util.Objects.equals(commentary, value.getCommentary())) {
                value.setCommentary(commentary);
            }
        }
        em.flush();
        return toDto(metric);
    }

    /** How a metric is measured and judged, as read from the command. */
    private record Definition(MeasureUnit unit, Polarity polarity, Basis basis) {
    }

    private static Definition definition(String unit, String polarity, String basis) {
        List<FieldError> errors = new ArrayList<>();
        MeasureUnit u = UNITS.stream().filter(x -> x.name().equalsIgnoreCase(unit.strip())).findFirst().orElse(null);
        if (u == null) {
            errors.add(new FieldError("unit", "must be PERCENT, RATE_PER_100K or COUNT"));
        }
        Polarity p = POLARITIES.stream().filter(x -> x.name().equalsIgnoreCase(polarity.strip())).findFirst().orElse(null);
        if (p == null) {
            errors.add(new FieldError("polarity", "must be HIGHER_IS_BETTER or LOWER_IS_BETTER: every national metric is judged"));
        }
        Basis b = BASES.stream().filter(x -> x.name().equalsIgnoreCase(basis.strip())).findFirst().orElse(null);
        if (b == null) {
            errors.add(new FieldError("basis", "must be AS_IS or ANNUAL_PROJECTION"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Definition(u, p, b);
    }

    private Map<Integer, BigDecimal> checked(Plan plan, String name, MeasureUnit unit, Map<String, BigDecimal> targets, Long excluding) {
        List<FieldError> errors = new ArrayList<>();
        boolean taken = em.createQuery("select count(m) from Metric m where m.plan = :p and lower(m.name) = lower(:n) and m.id <> :id",
                        Long.class).setParameter("p", plan).setParameter("n", name.strip())
                .setParameter("id", excluding == null ? -1L : excluding).getSingleResult() > 0;
        if (taken) {
            errors.add(new FieldError("name", "this plan already has a metric called '" + name.strip() + "'"));
        }
        Map<Integer, BigDecimal> parsed = new LinkedHashMap<>();
        if (targets != null) {
            List<Integer> years = Lookups.startYears(plan);
            targets.forEach((yearText, target) -> {
                try {
                    int year = Years.parse("targets", yearText);
                    if (!years.contains(year)) {
                        errors.add(new FieldError("targets", Years.code(year) + " is not a year of this plan"));
                    } else if (target.signum() < 0) {
                        errors.add(new FieldError("targets", "the target for " + Years.code(year) + " is negative"));
                    } else if (unit == MeasureUnit.PERCENT && target.compareTo(HUNDRED) > 0) {
                        errors.add(new FieldError("targets", "the target for " + Years.code(year) + " is a percentage, so at most 100"));
                    } else {
                        parsed.put(year, target);
                    }
                } catch (InvalidInputException e) {
                    errors.add(new FieldError("targets", "'" + yearText + "' is not a financial year like 2023-24"));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parsed;
    }

    private static void define(Metric metric, String name, Definition definition) {
        metric.setName(name.strip());
        metric.setUnit(definition.unit());
        metric.setPolarity(definition.polarity());
        metric.setBasis(definition.basis());
    }

    private Metric find(long id) {
        Metric metric = em.find(Metric.class, id);
        if (metric == null) {
            throw new NotFoundException("Metric", id);
        }
        return metric;
    }

    private List<MetricTarget> targets(Metric metric) {
        return em.createQuery("select t from MetricTarget t where t.metric = :m", MetricTarget.class).setParameter("m", metric).getResultList();
    }

    private MetricDto toDto(Metric metric) {
        return toDto(metric, Lookups.startYears(metric.getPlan()), targets(metric),
                em.createQuery("select v from MetricValue v where v.metric = :m", MetricValue.class).setParameter("m", metric).getResultList());
    }

    static MetricDto toDto(Metric metric, List<Integer> years, List<MetricTarget> targets, List<MetricValue> values) {
        Map<Integer, BigDecimal> targetByYear = new HashMap<>();
        targets.forEach(t -> targetByYear.put(t.getStartYear(), t.getTarget()));
        Map<String, MetricValue> byQuarter = new HashMap<>();
        values.forEach(v -> byQuarter.put(v.getStartYear() + "/" + v.getQuarter(), v));
        List<MetricQuarterDto> quarters = new ArrayList<>();
        Map<String, BigDecimal> targetsOut = new LinkedHashMap<>();
        for (int year : years) {
            if (targetByYear.containsKey(year)) {
                targetsOut.put(Years.code(year), Figures.plain(targetByYear.get(year)));
            }
            Map<Integer, BigDecimal> yearValues = new HashMap<>();
            for (int q = 1; q <= 4; q++) {
                MetricValue v = byQuarter.get(year + "/" + q);
                if (v != null && v.getValue() != null) {
                    yearValues.put(q, v.getValue());
                }
            }
            for (int q = 1; q <= 4; q++) {
                MetricValue stored = byQuarter.get(year + "/" + q);
                Assessment assessment = MetricAssessments.assess(metric.measure(), targetByYear.get(year), yearValues, q);
                String commentary = stored == null ? null : stored.getCommentary();
                String warning = null;
                if (commentary != null) {
                    MetricAssessments.Latest latest = MetricAssessments.latest(metric.measure(), targetByYear.get(year), yearValues, year, q);
                    warning = latest == null ? null
                            : ConsistencyCheck.commentary(commentary, new ConsistencyCheck.Judged(metric.getName(), latest.period(), latest.assessment()));
                }
                boolean projected = metric.getBasis() == Basis.ANNUAL_PROJECTION && assessment.status() != MeasureStatus.NO_DATA;
                quarters.add(new MetricQuarterDto(Years.code(year), q, ReportingPeriod.quarter(new FinancialYear(year), q).label(),
                        Figures.plain(yearValues.get(q)), Figures.plain(targetByYear.get(year)), projected ? Figures.plain(assessment.value()) : null,
                        assessment.status(), assessment.status().label(), Figures.plain(assessment.gap()), assessment.sentence(), commentary, warning,
                        stored == null ? 0 : stored.getVersion()));
            }
        }
        return new MetricDto(metric.getId(), metric.getPlan().getId(), metric.getName(), metric.getUnit(), metric.getPolarity(),
                metric.getBasis(), targetsOut, quarters, metric.getVersion());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

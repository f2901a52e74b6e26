package uk.gov.hwb.send.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.Measure;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.MetricChanges;
import uk.gov.hwb.send.api.MetricDto;
import uk.gov.hwb.send.api.MetricValueDto;
import uk.gov.hwb.send.api.MetricValueInput;
import uk.gov.hwb.send.api.Metrics;
import uk.gov.hwb.send.api.NewMetric;
import uk.gov.hwb.send.control.MetricJudgement;
import uk.gov.hwb.send.control.MetricPeriod;
import uk.gov.hwb.send.control.PlainText;
import uk.gov.hwb.send.control.SendAccess;
import uk.gov.hwb.send.control.SendPapers;
import uk.gov.hwb.send.entity.Metric;
import uk.gov.hwb.send.entity.MetricValue;

/**
 * SEND metrics and their figures per period. Every judgement a reader sees (against the comparator,
 * against the statistical neighbours, the trend) is worked out here from the stored figures by
 * {@link MetricJudgement}, that is by the kernel's measures rule; nothing judged is stored.
 */
@Stateless
@Facade
public class MetricsService implements Metrics {

    static final String DEFAULT_COMPARATOR = "England";

    @PersistenceContext(unitName = "send")
    EntityManager em;

    @Inject
    SendAccess access;

    @Inject
    SendPapers papers;

    @Override
    public List<MetricDto> metrics(Viewer viewer) {
        access.requireReader(viewer);
        List<Metric> metrics = em.createQuery("select m from Metric m order by m.name", Metric.class).getResultList();
        Map<Long, List<MetricValue>> values = em.createQuery("select v from MetricValue v", MetricValue.class).getResultStream()
                .collect(Collectors.groupingBy(v -> v.getMetric().getId()));
        return metrics.stream().map(m -> toDto(m, values.getOrDefault(m.getId(), List.of()))).toList();
    }

    @Override
    public MetricDto metric(long id, Viewer viewer) {
        access.requireReader(viewer);
        return toDto(find(id));
    }

    @Override
    public MetricDto create(NewMetric input, Viewer viewer) {
        access.requireEditor(viewer);
        String name = PlainText.line(input.name());
        requireUniqueName(name, null);
        Metric metric = new Metric(name, input.unit(), input.periodType());
        metric.setDescription(PlainText.paragraphs(input.description()));
        metric.setPolarity(input.polarity());
        metric.setTolerance(input.tolerance() == null ? BigDecimal.ZERO : input.tolerance());
        metric.setComparatorName(comparator(input.comparatorName()));
        metric.setSource(PlainText.optional(input.source()));
        em.persist(metric);
        em.flush();
        return toDto(metric, List.of());
    }

    @Override
    public MetricDto update(long id, MetricChanges input, Viewer viewer) {
        access.requireEditor(viewer);
        Metric metric = find(id);
        Validations.requireVersion("Metric " + id, input.version(), metric.getVersion());
        String name = PlainText.line(input.name());
        requireUniqueName(name, id);
        metric.setName(name);
        metric.setDescription(PlainText.paragraphs(input.description()));
        metric.setPolarity(input.polarity());
        metric.setTolerance(input.tolerance() == null ? BigDecimal.ZERO : input.tolerance());
        metric.setComparatorName(comparator(input.comparatorName()));
        metric.setSource(PlainText.optional(input.source()));
        em.flush();
        return toDto(metric);
    }

    @Override
    public MetricDto record(long id, String period, MetricValueInput input, Viewer viewer) {
        access.requireEditor(viewer);
        Metric metric = find(id);
        MetricPeriod when;
        try {
            when = MetricPeriod.parse(metric.getPeriodType(), period);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", e.getMessage());
        }
        List<FieldError> errors = new ArrayList<>();
        figure("value", input.value(), metric.getUnit(), errors);
        figure("comparator", input.comparator(), metric.getUnit(), errors);
        figure("neighbours", input.neighbours(), metric.getUnit(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MetricValue value = em.createQuery("select v from MetricValue v where v.metric = :m and v.period = :p", MetricValue.class)
                .setParameter("m", metric).setParameter("p", when.key()).getResultStream().findFirst().orElse(null);
        boolean recorded = value != null;
        if (!recorded) {
            value = new MetricValue(metric, when.key(), when.end());
        } else if (input.version() == null) {
            throw new ConflictException(metric.getName() + " has a figure for " + when.label() + " already. Send the version you read"
                    + " (values[].version) to change it.");
        } else {
            Validations.requireVersion(metric.getName() + " for " + when.label(), input.version(), value.getVersion());
        }
        value.setValue(input.value());
        value.setComparator(input.comparator());
        value.setNeighbours(input.neighbours());
        if (!recorded) {
            em.persist(value);
        }
        em.flush();
        return toDto(metric);
    }

    @Override
    public GeneratedDocument summary(Viewer viewer) {
        return papers.metrics(metrics(viewer));
    }

    /** Percentages lie between 0 and 100; counts, rates, money and days are not negative. */
    private static void figure(String field, BigDecimal figure, MeasureUnit unit, List<FieldError> errors) {
        if (figure == null) {
            return;
        }
        if (unit == MeasureUnit.PERCENT && (figure.signum() < 0 || figure.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new FieldError(field, "is a percentage: between 0 and 100"));
        } else if (unit != MeasureUnit.PERCENT && figure.signum() < 0) {
            errors.add(new FieldError(field, "cannot be negative"));
        }
    }

    private void requireUniqueName(String name, Long self) {
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "is required");
        }
        boolean taken = em.createQuery("select m.id from Metric m where lower(m.name) = lower(:n)", Long.class).setParameter("n", name)
                .getResultStream().anyMatch(other -> !other.equals(self));
        if (taken) {
            throw new InvalidInputException("name", "a metric called '" + name + "' exists already");
        }
    }

    private static String comparator(String given) {
        String name = PlainText.line(given);
        return name.isEmpty() ? DEFAULT_COMPARATOR : name;
    }

    private MetricDto toDto(Metric metric) {
        return toDto(metric, em.createQuery("select v from MetricValue v where v.metric = :m", MetricValue.class)
                .setParameter("m", metric).getResultList());
    }

    private static MetricDto toDto(Metric m, List<MetricValue> stored) {
        Measure measure = MetricJudgement.measure(m.getUnit(), m.getPolarity(), m.getTolerance());
        List<MetricValue> sorted = stored.stream().sorted(Comparator.comparing(MetricValue::getPeriodEnd)).toList();
        List<MetricValueDto> values = sorted.stream().map(v -> {
            Assessment national = MetricJudgement.against(measure, v.getValue(), v.getComparator());
            Assessment neighbours = v.getNeighbours() == null ? null : MetricJudgement.against(measure, v.getValue(), v.getNeighbours());
            MetricPeriod period = MetricPeriod.parse(m.getPeriodType(), v.getPeriod());
            return new MetricValueDto(v.getPeriod(), period.label(), v.getPeriodEnd(), v.getValue(), m.getUnit().format(v.getValue()),
                    v.getComparator(), v.getComparator() == null ? null : m.getUnit().format(v.getComparator()), v.getNeighbours(),
                    v.getNeighbours() == null ? null : m.getUnit().format(v.getNeighbours()), national.status(), national.status().label(),
                    national.gap(), national.sentence(), neighbours == null ? null : neighbours.status(),
                    neighbours == null ? null : neighbours.sentence(), v.getVersion());
        }).toList();
        MetricValueDto latest = values.isEmpty() ? null : values.get(values.size() - 1);
        MetricValueDto previous = values.size() < 2 ? null : values.get(values.size() - 2);
        MetricJudgement.Movement movement = MetricJudgement.movement(measure, previous == null ? null : previous.value(),
                previous == null ? null : previous.periodLabel(), latest == null ? null : latest.value());
        return new MetricDto(m.getId(), m.getName(), m.getDescription(), m.getUnit(), m.getPolarity(), m.getPolarity().label(),
                m.getTolerance(), m.getPeriodType(), m.getComparatorName(), m.getSource(), values, latest,
                movement.trend(), movement.sentence(), m.getVersion());
    }

    private Metric find(long id) {
        Metric metric = em.find(Metric.class, id);
        if (metric == null) {
            throw new NotFoundException("Metric", id);
        }
        return metric;
    }
}

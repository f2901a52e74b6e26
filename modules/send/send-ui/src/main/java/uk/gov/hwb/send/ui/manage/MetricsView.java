package uk.gov.hwb.send.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.MetricDto;
import uk.gov.hwb.send.api.MetricPeriodType;
import uk.gov.hwb.send.api.MetricValueDto;
import uk.gov.hwb.send.api.MetricValueInput;
import uk.gov.hwb.send.api.Metrics;
import uk.gov.hwb.send.api.NewMetric;

/**
 * SEND metrics: every metric's latest figure judged against its comparator, and for the chosen one
 * ({@code ?id=}) a chart of its figures against the comparator (and statistical neighbours), its
 * figures as a table (the chart's accessible equivalent), and recording a period's figures.
 */
@Named
@ViewScoped
public class MetricsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Metrics metrics;

    @Inject
    transient Inspections inspections;

    @Inject
    transient Viewer viewer;

    private Long id;
    private List<MetricDto> all = List.of();
    private MetricDto metric;
    private String period;
    private BigDecimal value;
    private BigDecimal comparator;
    private BigDecimal neighbours;
    private String name;
    private MeasureUnit unit = MeasureUnit.PERCENT;
    private Polarity polarity = Polarity.HIGHER_IS_BETTER;
    private BigDecimal tolerance;
    private MetricPeriodType periodType = MetricPeriodType.ACADEMIC_YEAR;

    /** Called by f:viewAction once the parameters are set. */
    public void load() {
        try {
            all = metrics.metrics(viewer);
            if (id != null) {
                select(metrics.metric(id, viewer));
            }
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void choose(MetricDto chosen) {
        select(chosen);
    }

    private void select(MetricDto chosen) {
        metric = chosen;
        id = chosen.id();
        period = null;
        value = null;
        comparator = null;
        neighbours = null;
    }

    /** Records the period's figures, or corrects them when the period has figures already (from the version shown). */
    public void record() {
        try {
            Long version = metric.values().stream().filter(v -> v.period().equals(period == null ? null : period.strip().replace('/', '-')))
                    .map(MetricValueDto::version).findFirst().orElse(null);
            MetricDto updated = metrics.record(metric.id(), period == null ? null : period.strip().replace('/', '-'),
                    new MetricValueInput(value, comparator, neighbours, version), viewer);
            Messages.saved(updated.name() + ": figures for " + updated.values().stream().filter(v -> v.period().equals(period.strip().replace('/', '-')))
                    .map(MetricValueDto::periodLabel).findFirst().orElse(period) + " recorded.");
            all = metrics.metrics(viewer);
            select(updated);
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void create() {
        try {
            MetricDto created = metrics.create(new NewMetric(name, null, unit, polarity, tolerance, periodType, null, null), viewer);
            Messages.saved("Metric '" + created.name() + "' added. Record its figures.");
            all = metrics.metrics(viewer);
            select(created);
            name = null;
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** The chosen metric against its comparator over its periods, as a Chart.js line chart. */
    public String getChart() {
        if (metric == null) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        metric.values().forEach(v -> labels.add(v.periodLabel()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("Southend", MetricValueDto::value, "#1d70b8", false))
                .add(dataset(metric.comparatorName(), MetricValueDto::comparator, "#505a5f", true));
        if (metric.values().stream().anyMatch(v -> v.neighbours() != null)) {
            datasets.add(dataset("Statistical neighbours", MetricValueDto::neighbours, "#8a5a00", true));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", true)
                        .add("text", metric.name() + (metric.unit() == MeasureUnit.PERCENT ? " (%)" : ""))))
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private JsonObjectBuilder dataset(String label, Function<MetricValueDto, BigDecimal> figure, String colour, boolean dashed) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        metric.values().forEach(v -> {
            BigDecimal f = figure.apply(v);
            if (f == null) {
                data.addNull();
            } else {
                data.add(f);
            }
        });
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("fill", false).add("spanGaps", true).add("pointRadius", 5);
        if (dashed) {
            set.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return set;
    }

    public String getChartLabel() {
        if (metric == null) {
            return null;
        }
        return "Chart of " + metric.name() + " against " + metric.comparatorName() + "; the same figures are in the table below it.";
    }

    public boolean isEditor() {
        return inspections.mayEdit(viewer);
    }

    public MeasureUnit[] getUnits() { return MeasureUnit.values(); }
    public Polarity[] getPolarities() { return Polarity.values(); }
    public MetricPeriodType[] getPeriodTypes() { return MetricPeriodType.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public List<MetricDto> getAll() { return all; }
    public MetricDto getMetric() { return metric; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public BigDecimal getComparator() { return comparator; }
    public void setComparator(BigDecimal comparator) { this.comparator = comparator; }
    public BigDecimal getNeighbours() { return neighbours; }
    public void setNeighbours(BigDecimal neighbours) { this.neighbours = neighbours; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public MeasureUnit getUnit() { return unit; }
    public void setUnit(MeasureUnit unit) { this.unit = unit; }
    public Polarity getPolarity() { return polarity; }
    public void setPolarity(Polarity polarity) { this.polarity = polarity; }
    public BigDecimal getTolerance() { return tolerance; }
    public void setTolerance(BigDecimal tolerance) { this.tolerance = tolerance; }
    public MetricPeriodType getPeriodType() { return periodType; }
    public void setPeriodType(MetricPeriodType periodType) { this.periodType = periodType; }
}

package uk.gov.hwb.bcf.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import uk.gov.hwb.bcf.api.MetricDto;
import uk.gov.hwb.bcf.api.MetricQuarterDto;
import uk.gov.hwb.bcf.api.MetricValueEntry;
import uk.gov.hwb.bcf.api.Metrics;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * One national metric: a chart of the quarters' figures against the target, the quarters judged
 * (status in words, gap, the sentence papers reuse, the commentary and any check that failed), and
 * for finance officers the form to record a quarter's value and commentary.
 */
@Named("bcfMetricView")
@ViewScoped
public class MetricView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Metrics metrics;

    @Inject
    transient Viewer viewer;

    private Long id;
    private MetricDto metric;
    private String year;
    private Integer quarter = 1;
    private BigDecimal value;
    private String commentary;
    private long valueVersion;

    public void load() {
        if (id == null) {
            return;
        }
        metric = metrics.metric(id);
        if (year == null && !metric.quarters().isEmpty()) {
            year = metric.quarters().get(0).year();
        }
        pick();
    }

    /** Fills the form with the chosen quarter as stored. */
    public void pick() {
        MetricQuarterDto chosen = chosen();
        value = chosen == null ? null : chosen.value();
        commentary = chosen == null ? null : chosen.commentary();
        valueVersion = chosen == null ? 0 : chosen.valueVersion();
    }

    public void save() {
        try {
            metric = metrics.recordValue(id, year, quarter, new MetricValueEntry(value, commentary, valueVersion), viewer);
            MetricQuarterDto saved = chosen();
            valueVersion = saved.valueVersion();
            Messages.saved(metric.name() + ", " + saved.label() + ": " + saved.sentence());
            if (saved.commentaryWarning() != null) {
                Messages.warning("Check the commentary: " + saved.commentaryWarning());
            }
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    private MetricQuarterDto chosen() {
        return metric == null ? null : metric.quarters().stream().filter(q -> q.year().equals(year) && q.quarter() == quarter).findFirst().orElse(null);
    }

    public List<String> getYears() {
        return metric == null ? List.of() : metric.quarters().stream().map(MetricQuarterDto::year).distinct().toList();
    }

    /**
     * The chart (Chart.js configuration for p:chart): the quarters' figures, the projection for an
     * annual projection, and the target as a line. The table beside it carries the same figures.
     */
    public String getChart() {
        if (metric == null) {
            return "{}";
        }
        List<MetricQuarterDto> quarters = metric.quarters();
        String labels = quarters.stream().map(q -> json(q.label())).collect(Collectors.joining(","));
        String values = quarters.stream().map(q -> q.value() == null ? "null" : q.value().toPlainString()).collect(Collectors.joining(","));
        String targets = quarters.stream().map(q -> q.target() == null ? "null" : q.target().toPlainString()).collect(Collectors.joining(","));
        String projected = quarters.stream().map(q -> q.projected() == null ? "null" : q.projected().toPlainString()).collect(Collectors.joining(","));
        boolean projection = quarters.stream().anyMatch(q -> q.projected() != null);
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + "{\"type\":\"bar\",\"label\":\"Reported\",\"data\":[" + values + "],\"backgroundColor\":\"#1d70b8\"},"
                + (projection ? "{\"type\":\"bar\",\"label\":\"Projected to the year\",\"data\":[" + projected + "],\"backgroundColor\":\"#6f72af\"}," : "")
                + "{\"type\":\"line\",\"label\":\"Target\",\"data\":[" + targets + "],\"borderColor\":\"#b00020\",\"backgroundColor\":\"#b00020\","
                + "\"borderDash\":[6,4],\"fill\":false,\"pointStyle\":\"rectRot\"}]},"
                + "\"options\":{\"responsive\":true,\"plugins\":{\"legend\":{\"position\":\"bottom\"}},\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public boolean isFinance() {
        return viewer.hasAny(Role.FINANCE, Role.ADMIN);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MetricDto getMetric() { return metric; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public Integer getQuarter() { return quarter; }
    public void setQuarter(Integer quarter) { this.quarter = quarter; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getCommentary() { return commentary; }
    public void setCommentary(String commentary) { this.commentary = commentary; }
}

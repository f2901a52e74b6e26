package uk.gov.hwb.bcf.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import uk.gov.hwb.platform.audit.Audited;

/** A metric's figure for one quarter as reported (null: no data), with the commentary on it. */
@Entity
@Table(name = "metric_value", schema = "bcf")
@Audited("BcfMetricValue")
public class MetricValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "metric_id")
    private Metric metric;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(nullable = false)
    private int quarter;

    @Column(name = "reported_value", precision = 14, scale = 4)
    private BigDecimal value;

    @Column(length = 4000)
    private String commentary;

    @Version
    private long version;

    protected MetricValue() {
    }

    public MetricValue(Metric metric, int startYear, int quarter) {
        this.metric = metric;
        this.startYear = startYear;
        this.quarter = quarter;
    }

    public Long getId() { return id; }
    public Metric getMetric() { return metric; }
    public int getStartYear() { return startYear; }
    public int getQuarter() { return quarter; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getCommentary() { return commentary; }
    public void setCommentary(String commentary) { this.commentary = commentary; }
    public long getVersion() { return version; }
}

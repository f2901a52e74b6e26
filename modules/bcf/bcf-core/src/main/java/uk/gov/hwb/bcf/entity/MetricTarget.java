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

/** A metric's target for one plan year (annual for an annual projection), as entered. */
@Entity
@Table(name = "metric_target", schema = "bcf")
@Audited("BcfMetricTarget")
public class MetricTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "metric_id")
    private Metric metric;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(nullable = false, precision = 14, scale = 4)
    private BigDecimal target;

    @Version
    private long version;

    protected MetricTarget() {
    }

    public MetricTarget(Metric metric, int startYear, BigDecimal target) {
        this.metric = metric;
        this.startYear = startYear;
        this.target = target;
    }

    public Long getId() { return id; }
    public Metric getMetric() { return metric; }
    public int getStartYear() { return startYear; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public long getVersion() { return version; }
}

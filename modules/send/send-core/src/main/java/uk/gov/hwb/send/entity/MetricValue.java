package uk.gov.hwb.send.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.LocalDate;
import uk.gov.hwb.platform.audit.Audited;

/** A metric's figures for one period: local, national comparator and statistical neighbours (when known). */
@Entity
@Table(name = "metric_value", schema = "send")
@Audited("SendMetricValue")
public class MetricValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "metric_id")
    private Metric metric;

    /** The period's key as in addresses: "2023", "2022-23", "2024-06". */
    @Column(nullable = false, length = 10)
    private String period;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Convert(converter = PlainDecimal.class)
    @Column(name = "local_value", nullable = false, precision = 19, scale = 6)
    private BigDecimal value;

    @Convert(converter = PlainDecimal.class)
    @Column(precision = 19, scale = 6)
    private BigDecimal comparator;

    @Convert(converter = PlainDecimal.class)
    @Column(precision = 19, scale = 6)
    private BigDecimal neighbours;

    @Version
    private long version;

    protected MetricValue() {
    }

    public MetricValue(Metric metric, String period, LocalDate periodEnd) {
        this.metric = metric;
        this.period = period;
        this.periodEnd = periodEnd;
    }

    public Long getId() { return id; }
    public Metric getMetric() { return metric; }
    public String getPeriod() { return period; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public BigDecimal getComparator() { return comparator; }
    public void setComparator(BigDecimal comparator) { this.comparator = comparator; }
    public BigDecimal getNeighbours() { return neighbours; }
    public void setNeighbours(BigDecimal neighbours) { this.neighbours = neighbours; }
    public long getVersion() { return version; }
}

package uk.gov.hwb.send.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.send.api.MetricPeriodType;

/** A SEND metric: what it counts, in which unit, which direction is better and how close to the comparator is "similar". */
@Entity
@Table(name = "metric", schema = "send")
@Audited("SendMetric")
public class Metric {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @Column(nullable = false, unique = true, length = 300)
    private String name;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasureUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Polarity polarity;

    @Convert(converter = PlainDecimal.class)
    @Column(nullable = false, precision = 19, scale = 6)
    private BigDecimal tolerance = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, length = 20)
    private MetricPeriodType periodType;

    @Column(name = "comparator_name", nullable = false, length = 100)
    private String comparatorName;

    @Column(length = 500)
    private String source;

    @Version
    private long version;

    protected Metric() {
    }

    public Metric(String name, MeasureUnit unit, MetricPeriodType periodType) {
        this.name = name;
        this.unit = unit;
        this.periodType = periodType;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public MeasureUnit getUnit() { return unit; }
    public Polarity getPolarity() { return polarity; }
    public void setPolarity(Polarity polarity) { this.polarity = polarity; }
    public BigDecimal getTolerance() { return tolerance; }
    public void setTolerance(BigDecimal tolerance) { this.tolerance = tolerance; }
    public MetricPeriodType getPeriodType() { return periodType; }
    public String getComparatorName() { return comparatorName; }
    public void setComparatorName(String comparatorName) { this.comparatorName = comparatorName; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public long getVersion() { return version; }
}

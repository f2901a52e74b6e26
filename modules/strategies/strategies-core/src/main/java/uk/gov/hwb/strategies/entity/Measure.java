package uk.gov.hwb.strategies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/** A strategy's measure: unit, polarity, basis, baseline and target (each with its date), where the figures come from. */
@Entity
@Table(name = "measure", schema = "strategies")
@Audited
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategies_ids")
    @SequenceGenerator(name = "strategies_ids", schema = "strategies", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "priority_id")
    private Priority priority;

    @Column(nullable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasureUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Basis basis;

    @Convert(converter = DecimalText.class)
    @Column(length = 40)
    private BigDecimal baseline;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    @Convert(converter = DecimalText.class)
    @Column(length = 40)
    private BigDecimal target;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(length = 1000)
    private String source;

    @Version
    private long version;

    protected Measure() {
    }

    public Measure(Strategy strategy, Priority priority, String name, MeasureUnit unit, Polarity polarity, Basis basis) {
        this.strategy = strategy;
        this.priority = priority;
        this.name = name;
        this.unit = unit;
        this.polarity = polarity;
        this.basis = basis;
    }

    public void baselineAndTarget(BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate) {
        this.baseline = baseline;
        this.baselineDate = baselineDate;
        this.target = target;
        this.targetDate = targetDate;
    }

    public Long getId() { return id; }
    public Strategy getStrategy() { return strategy; }
    public Priority getPriority() { return priority; }
    public String getName() { return name; }
    public MeasureUnit getUnit() { return unit; }
    public Polarity getPolarity() { return polarity; }
    public Basis getBasis() { return basis; }
    public BigDecimal getBaseline() { return baseline; }
    public LocalDate getBaselineDate() { return baselineDate; }
    public BigDecimal getTarget() { return target; }
    public LocalDate getTargetDate() { return targetDate; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public long getVersion() { return version; }
}

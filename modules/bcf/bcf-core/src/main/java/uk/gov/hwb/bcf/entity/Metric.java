package uk.gov.hwb.bcf.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.Measure;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/** A national metric of a plan: how it is measured and judged (unit, polarity, basis); targets and values are its children. */
@Entity
@Table(name = "metric", schema = "bcf")
@Audited("BcfMetric")
public class Metric {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(nullable = false, length = 200)
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

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Metric() {
    }

    public Metric(Plan plan, int position) {
        this.plan = plan;
        this.position = position;
    }

    public Measure measure() {
        return new Measure(unit, polarity, basis);
    }

    public Long getId() { return id; }
    public Plan getPlan() { return plan; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public MeasureUnit getUnit() { return unit; }
    public void setUnit(MeasureUnit unit) { this.unit = unit; }
    public Polarity getPolarity() { return polarity; }
    public void setPolarity(Polarity polarity) { this.polarity = polarity; }
    public Basis getBasis() { return basis; }
    public void setBasis(Basis basis) { this.basis = basis; }
    public int getPosition() { return position; }
    public long getVersion() { return version; }
}

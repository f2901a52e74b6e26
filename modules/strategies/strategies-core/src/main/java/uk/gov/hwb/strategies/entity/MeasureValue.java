package uk.gov.hwb.strategies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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

/** A measure's figure for a period, at its date, with the precision it was reported with. */
@Entity
@Table(name = "measure_value", schema = "strategies")
@Audited
public class MeasureValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategies_ids")
    @SequenceGenerator(name = "strategies_ids", schema = "strategies", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Convert(converter = DecimalText.class)
    @Column(name = "figure", nullable = false, length = 40)
    private BigDecimal value;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(length = 1000)
    private String note;

    @Version
    private long version;

    protected MeasureValue() {
    }

    public MeasureValue(Measure measure, ReportingPeriod period) {
        this.measure = measure;
        this.period = period;
    }

    public void set(BigDecimal value, LocalDate valueDate, String note) {
        this.value = value;
        this.valueDate = valueDate;
        this.note = note;
    }

    public Long getId() { return id; }
    public Measure getMeasure() { return measure; }
    public ReportingPeriod getPeriod() { return period; }
    public BigDecimal getValue() { return value; }
    public LocalDate getValueDate() { return valueDate; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
}

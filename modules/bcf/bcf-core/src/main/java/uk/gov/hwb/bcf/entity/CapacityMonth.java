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

/** One month (1 = April) of a capacity line: the demand baseline and the planned capacity. Expected demand is computed. */
@Entity
@Table(name = "capacity_month", schema = "bcf")
@Audited("BcfCapacityMonth")
public class CapacityMonth {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id")
    private CapacityLine line;

    @Column(name = "month_number", nullable = false)
    private int month;

    @Column(nullable = false, precision = 10, scale = 1)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 10, scale = 1)
    private BigDecimal capacity;

    @Version
    private long version;

    protected CapacityMonth() {
    }

    public CapacityMonth(CapacityLine line, int month, BigDecimal baseline, BigDecimal capacity) {
        this.line = line;
        this.month = month;
        this.baseline = baseline;
        this.capacity = capacity;
    }

    public Long getId() { return id; }
    public CapacityLine getLine() { return line; }
    public int getMonth() { return month; }
    public BigDecimal getBaseline() { return baseline; }
    public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
    public BigDecimal getCapacity() { return capacity; }
    public void setCapacity(BigDecimal capacity) { this.capacity = capacity; }
    public long getVersion() { return version; }
}

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

/** A plan year's uplift assumption for one month (1 = April), in percent: seed 002 adds 10% in November and March, 20% December to February. */
@Entity
@Table(name = "uplift", schema = "bcf")
@Audited("BcfUplift")
public class Uplift {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_year_id")
    private PlanYear year;

    @Column(name = "month_number", nullable = false)
    private int month;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal percent;

    @Version
    private long version;

    protected Uplift() {
    }

    public Uplift(PlanYear year, int month, BigDecimal percent) {
        this.year = year;
        this.month = month;
        this.percent = percent;
    }

    public Long getId() { return id; }
    public PlanYear getYear() { return year; }
    public int getMonth() { return month; }
    public BigDecimal getPercent() { return percent; }
    public void setPercent(BigDecimal percent) { this.percent = percent; }
    public long getVersion() { return version; }
}

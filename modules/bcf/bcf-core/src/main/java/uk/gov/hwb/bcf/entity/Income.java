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
import java.math.BigDecimal;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.platform.audit.Audited;

/** A plan year's income from one funding source, to the penny. */
@Entity
@Table(name = "income", schema = "bcf")
@Audited("BcfIncome")
public class Income {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_year_id")
    private PlanYear year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FundingSource source;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Version
    private long version;

    protected Income() {
    }

    public Income(PlanYear year, FundingSource source, BigDecimal amount) {
        this.year = year;
        this.source = source;
        this.amount = amount;
    }

    public Long getId() { return id; }
    public PlanYear getYear() { return year; }
    public FundingSource getSource() { return source; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public long getVersion() { return version; }
}

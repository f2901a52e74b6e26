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
import java.util.Arrays;
import java.util.List;
import uk.gov.hwb.bcf.api.Commissioner;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A line of a plan year's expenditure plan: the scheme, what kind it is, who commissions and provides
 * it, which source funds it and how much is planned; then the actual spend per quarter and the
 * forecast outturn as the year goes on.
 */
@Entity
@Table(name = "scheme", schema = "bcf")
@Audited("BcfScheme")
public class Scheme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_year_id")
    private PlanYear year;

    @Column(name = "scheme_ref", length = 20)
    private String schemeRef;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FundingSource source;

    @Column(name = "scheme_type", nullable = false, length = 200)
    private String type;

    @Column(name = "area_of_spend", nullable = false, length = 100)
    private String areaOfSpend;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Commissioner commissioner;

    @Column(nullable = false, length = 200)
    private String provider;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal planned;

    @Column(name = "actual_q1", precision = 15, scale = 2)
    private BigDecimal actualQ1;

    @Column(name = "actual_q2", precision = 15, scale = 2)
    private BigDecimal actualQ2;

    @Column(name = "actual_q3", precision = 15, scale = 2)
    private BigDecimal actualQ3;

    @Column(name = "actual_q4", precision = 15, scale = 2)
    private BigDecimal actualQ4;

    @Column(precision = 15, scale = 2)
    private BigDecimal forecast;

    @Version
    private long version;

    protected Scheme() {
    }

    public Scheme(PlanYear year) {
        this.year = year;
    }

    public List<BigDecimal> actuals() {
        return Arrays.asList(actualQ1, actualQ2, actualQ3, actualQ4);
    }

    public void setActual(int quarter, BigDecimal amount) {
        switch (quarter) {
            case 1 -> actualQ1 = amount;
            case 2 -> actualQ2 = amount;
            case 3 -> actualQ3 = amount;
            case 4 -> actualQ4 = amount;
            default -> throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public Long getId() { return id; }
    public PlanYear getYear() { return year; }
    public void setYear(PlanYear year) { this.year = year; }
    public String getSchemeRef() { return schemeRef; }
    public void setSchemeRef(String schemeRef) { this.schemeRef = schemeRef; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public FundingSource getSource() { return source; }
    public void setSource(FundingSource source) { this.source = source; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getAreaOfSpend() { return areaOfSpend; }
    public void setAreaOfSpend(String areaOfSpend) { this.areaOfSpend = areaOfSpend; }
    public Commissioner getCommissioner() { return commissioner; }
    public void setCommissioner(Commissioner commissioner) { this.commissioner = commissioner; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public BigDecimal getPlanned() { return planned; }
    public void setPlanned(BigDecimal planned) { this.planned = planned; }
    public BigDecimal getForecast() { return forecast; }
    public void setForecast(BigDecimal forecast) { this.forecast = forecast; }
    public long getVersion() { return version; }
}

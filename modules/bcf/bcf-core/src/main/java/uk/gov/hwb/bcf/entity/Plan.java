package uk.gov.hwb.bcf.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.bcf.api.PooledFundHost;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A Better Care Fund plan ("BCF 2023–25") under its Section 75 agreement: the parties, the pooled
 * fund's host, when each signed and whether it is agreed. The body whose chair signs off the
 * returns (the Health and Wellbeing Board) is the board module's, held by id.
 */
@Entity
@Table(name = "plan", schema = "bcf")
@Audited("BcfPlan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    @SequenceGenerator(name = "bcf_ids", schema = "bcf", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "council_name", length = 200)
    private String councilName;

    @Column(name = "icb_name", length = 200)
    private String icbName;

    @Enumerated(EnumType.STRING)
    @Column(name = "pooled_fund_host", length = 20)
    private PooledFundHost host;

    @Column(name = "council_signed_on")
    private LocalDate councilSignedOn;

    @Column(name = "icb_signed_on")
    private LocalDate icbSignedOn;

    @Column(nullable = false)
    private boolean agreed;

    @Column(name = "sign_off_body_id")
    private Long signOffBodyId;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
    @OrderBy("startYear")
    private List<PlanYear> years = new ArrayList<>();

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(String name, Long signOffBodyId) {
        this.name = name;
        this.signOffBodyId = signOffBodyId;
    }

    public PlanYear addYear(int startYear) {
        PlanYear year = new PlanYear(this, startYear);
        years.add(year);
        return year;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCouncilName() { return councilName; }
    public void setCouncilName(String councilName) { this.councilName = councilName; }
    public String getIcbName() { return icbName; }
    public void setIcbName(String icbName) { this.icbName = icbName; }
    public PooledFundHost getHost() { return host; }
    public void setHost(PooledFundHost host) { this.host = host; }
    public LocalDate getCouncilSignedOn() { return councilSignedOn; }
    public void setCouncilSignedOn(LocalDate councilSignedOn) { this.councilSignedOn = councilSignedOn; }
    public LocalDate getIcbSignedOn() { return icbSignedOn; }
    public void setIcbSignedOn(LocalDate icbSignedOn) { this.icbSignedOn = icbSignedOn; }
    public boolean isAgreed() { return agreed; }
    public void setAgreed(boolean agreed) { this.agreed = agreed; }
    public Long getSignOffBodyId() { return signOffBodyId; }
    public void setSignOffBodyId(Long signOffBodyId) { this.signOffBodyId = signOffBodyId; }
    public List<PlanYear> getYears() { return years; }
    public long getVersion() { return version; }
}

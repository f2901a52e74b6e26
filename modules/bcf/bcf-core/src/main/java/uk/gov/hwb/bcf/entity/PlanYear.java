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

/**
 * One financial year of a plan (named by the calendar year it starts in: 2023 is 2023-24), with its
 * ring-fenced minimums. Its version rises with every change to the year's income or capacity sheet
 * too, so a form read before someone else's change is refused rather than overwriting it.
 */
@Entity
@Table(name = "plan_year", schema = "bcf")
@Audited("BcfPlanYear")
public class PlanYear {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "asc_minimum", precision = 15, scale = 2)
    private BigDecimal adultSocialCareMinimum;

    @Column(name = "ooh_minimum", precision = 15, scale = 2)
    private BigDecimal outOfHospitalMinimum;

    @Version
    private long version;

    protected PlanYear() {
    }

    PlanYear(Plan plan, int startYear) {
        this.plan = plan;
        this.startYear = startYear;
    }

    public Long getId() { return id; }
    public Plan getPlan() { return plan; }
    public int getStartYear() { return startYear; }
    public BigDecimal getAdultSocialCareMinimum() { return adultSocialCareMinimum; }
    public void setAdultSocialCareMinimum(BigDecimal value) { this.adultSocialCareMinimum = value; }
    public BigDecimal getOutOfHospitalMinimum() { return outOfHospitalMinimum; }
    public void setOutOfHospitalMinimum(BigDecimal value) { this.outOfHospitalMinimum = value; }
    public long getVersion() { return version; }
}

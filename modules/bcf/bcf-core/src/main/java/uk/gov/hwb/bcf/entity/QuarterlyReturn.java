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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.gov.hwb.bcf.api.ReturnStatus;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A plan year's quarterly return: confirmations, narrative, its due date and where it stands in
 * draft → signed off → submitted. The chair who signed off is a platform person, held by id with the
 * name as it was then; what was submitted is in its {@link ReturnVersion}s.
 */
@Entity
@Table(name = "quarterly_return", schema = "bcf")
@Audited("BcfReturn")
public class QuarterlyReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_year_id")
    private PlanYear year;

    @Column(nullable = false)
    private int quarter;

    @Column(name = "due_on", nullable = false)
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReturnStatus status = ReturnStatus.DRAFT;

    @Column(name = "section75_signed", nullable = false)
    private boolean section75Signed;

    @Column(name = "section75_explanation", length = 4000)
    private String section75Explanation;

    @Column(name = "conditions_met", nullable = false)
    private boolean nationalConditionsMet;

    @Column(name = "conditions_explanation", length = 4000)
    private String conditionsExplanation;

    @Column(length = 4000)
    private String challenges;

    @Column(length = 4000)
    private String achievements;

    @Column(name = "support_needed", length = 4000)
    private String supportNeeded;

    @Column(name = "signed_off_person_id")
    private Long signedOffPersonId;

    @Column(name = "signed_off_by", length = 200)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private OffsetDateTime signedOffAt;

    @Column(name = "sign_off_recorded_by", length = 60)
    private String signOffRecordedBy;

    @Column(name = "signed_on_behalf", nullable = false)
    private boolean signedOnBehalf;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", length = 60)
    private String submittedBy;

    @Version
    private long version;

    protected QuarterlyReturn() {
    }

    public QuarterlyReturn(PlanYear year, int quarter, LocalDate due) {
        this.year = year;
        this.quarter = quarter;
        this.due = due;
    }

    public void signedOff(Long personId, String name, OffsetDateTime at, String recordedBy, boolean onBehalf) {
        this.signedOffPersonId = personId;
        this.signedOffBy = name;
        this.signedOffAt = at;
        this.signOffRecordedBy = recordedBy;
        this.signedOnBehalf = onBehalf;
        this.status = ReturnStatus.SIGNED_OFF;
    }

    /** Back to draft: a changed return needs the chair's sign-off again. */
    public void withdrawSignOff() {
        this.signedOffPersonId = null;
        this.signedOffBy = null;
        this.signedOffAt = null;
        this.signOffRecordedBy = null;
        this.signedOnBehalf = false;
        this.status = ReturnStatus.DRAFT;
    }

    public void submitted(OffsetDateTime at, String by) {
        this.submittedAt = at;
        this.submittedBy = by;
        this.status = ReturnStatus.SUBMITTED;
    }

    public Long getId() { return id; }
    public PlanYear getYear() { return year; }
    public int getQuarter() { return quarter; }
    public LocalDate getDue() { return due; }
    public void setDue(LocalDate due) { this.due = due; }
    public ReturnStatus getStatus() { return status; }
    public boolean isSection75Signed() { return section75Signed; }
    public void setSection75Signed(boolean value) { this.section75Signed = value; }
    public String getSection75Explanation() { return section75Explanation; }
    public void setSection75Explanation(String value) { this.section75Explanation = value; }
    public boolean isNationalConditionsMet() { return nationalConditionsMet; }
    public void setNationalConditionsMet(boolean value) { this.nationalConditionsMet = value; }
    public String getConditionsExplanation() { return conditionsExplanation; }
    public void setConditionsExplanation(String value) { this.conditionsExplanation = value; }
    public String getChallenges() { return challenges; }
    public void setChallenges(String value) { this.challenges = value; }
    public String getAchievements() { return achievements; }
    public void setAchievements(String value) { this.achievements = value; }
    public String getSupportNeeded() { return supportNeeded; }
    public void setSupportNeeded(String value) { this.supportNeeded = value; }
    public Long getSignedOffPersonId() { return signedOffPersonId; }
    public String getSignedOffBy() { return signedOffBy; }
    public OffsetDateTime getSignedOffAt() { return signedOffAt; }
    public String getSignOffRecordedBy() { return signOffRecordedBy; }
    public boolean isSignedOnBehalf() { return signedOnBehalf; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public long getVersion() { return version; }
}

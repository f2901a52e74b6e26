package uk.gov.hwb.strategies.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * One action's status update for one period: status, commentary, what is being done to address a
 * slippage, whether it is an impact story, and whether it is still the lead's draft. Audited, so
 * every status change shows who made it, when, and what it was before.
 */
@Entity
@Table(name = "progress_update", schema = "strategies")
@Audited("StatusUpdate")
public class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategies_ids")
    @SequenceGenerator(name = "strategies_ids", schema = "strategies", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private PlanAction action;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ProgressStatus status;

    private String commentary;

    private String mitigation;

    @Column(name = "key_impact", nullable = false)
    private boolean keyImpact;

    @Column(nullable = false)
    private boolean draft;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "correction_reason", length = 2000)
    private String correctionReason;

    @Version
    private long version;

    protected ProgressUpdate() {
    }

    public ProgressUpdate(PlanAction action, ReportingPeriod period) {
        this.action = action;
        this.period = period;
    }

    public void record(ProgressStatus status, String commentary, String mitigation, boolean keyImpact, boolean draft,
                       String by, OffsetDateTime at) {
        this.status = status;
        this.commentary = commentary;
        this.mitigation = mitigation;
        this.keyImpact = keyImpact;
        this.draft = draft;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public PlanAction getAction() { return action; }
    public ReportingPeriod getPeriod() { return period; }
    public ProgressStatus getStatus() { return status; }
    public String getCommentary() { return commentary; }
    public String getMitigation() { return mitigation; }
    public boolean isKeyImpact() { return keyImpact; }
    public boolean isDraft() { return draft; }
    public String getUpdatedBy() { return updatedBy; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String correctionReason) { this.correctionReason = correctionReason; }
    public long getVersion() { return version; }
}

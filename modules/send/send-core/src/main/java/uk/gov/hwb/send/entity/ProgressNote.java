package uk.gov.hwb.send.entity;

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
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.period.ReportingPeriod;
import uk.gov.hwb.platform.progress.ProgressStatus;

/** A progress note on an action for one quarter, with the action's status when it was written. Never changed once written. */
@Entity
@Table(name = "progress_note", schema = "send")
@Audited
public class ProgressNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private PlanAction action;

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Column(name = "period_quarter", nullable = false)
    private int periodQuarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgressStatus status;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    protected ProgressNote() {
    }

    public ProgressNote(PlanAction action, ReportingPeriod quarter, ProgressStatus status, String text, String author, OffsetDateTime writtenAt) {
        this.action = action;
        this.periodYear = quarter.year().startYear();
        this.periodQuarter = quarter.number();
        this.status = status;
        this.text = text;
        this.author = author;
        this.writtenAt = writtenAt;
    }

    public Long getId() { return id; }
    public PlanAction getAction() { return action; }
    public ReportingPeriod getPeriod() { return ReportingPeriod.quarter(new FinancialYear(periodYear), periodQuarter); }
    public ProgressStatus getStatus() { return status; }
    public String getText() { return text; }
    public String getAuthor() { return author; }
    public OffsetDateTime getWrittenAt() { return writtenAt; }
}

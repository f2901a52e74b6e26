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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.audit.Audited;

/** A board's noting of one locked version of a return (e.g. the Health and Wellbeing Board, retrospectively). */
@Entity
@Table(name = "return_noting", schema = "bcf")
@Audited("BcfReturnNoting")
public class ReturnNoting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id")
    private QuarterlyReturn quarterlyReturn;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Column(length = 300)
    private String meeting;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected ReturnNoting() {
    }

    public ReturnNoting(QuarterlyReturn quarterlyReturn, int versionNumber, LocalDate notedOn, String meeting, String note,
                        String recordedBy, OffsetDateTime recordedAt) {
        this.quarterlyReturn = quarterlyReturn;
        this.versionNumber = versionNumber;
        this.notedOn = notedOn;
        this.meeting = meeting;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public QuarterlyReturn getQuarterlyReturn() { return quarterlyReturn; }
    public int getVersionNumber() { return versionNumber; }
    public LocalDate getNotedOn() { return notedOn; }
    public String getMeeting() { return meeting; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
}

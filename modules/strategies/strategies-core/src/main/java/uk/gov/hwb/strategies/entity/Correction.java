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
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.platform.progress.ProgressStatus;

/** A change to an update after its period closed: the status before and after, the reason, who and when. Never changed. */
@Entity
@Table(name = "correction", schema = "strategies")
@Audited
public class Correction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategies_ids")
    @SequenceGenerator(name = "strategies_ids", schema = "strategies", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id")
    private ProgressUpdate update;

    @Enumerated(EnumType.STRING)
    @Column(name = "before_status", length = 20)
    private ProgressStatus before;

    @Enumerated(EnumType.STRING)
    @Column(name = "after_status", length = 20, nullable = false)
    private ProgressStatus after;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "corrected_by", nullable = false, length = 60)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private OffsetDateTime correctedAt;

    protected Correction() {
    }

    public Correction(ProgressUpdate update, ProgressStatus before, ProgressStatus after, String reason, String by, OffsetDateTime at) {
        this.update = update;
        this.before = before;
        this.after = after;
        this.reason = reason;
        this.correctedBy = by;
        this.correctedAt = at;
    }

    public Long getId() { return id; }
    public ProgressUpdate getUpdate() { return update; }
    public ProgressStatus getBefore() { return before; }
    public ProgressStatus getAfter() { return after; }
    public String getReason() { return reason; }
    public String getCorrectedBy() { return correctedBy; }
    public OffsetDateTime getCorrectedAt() { return correctedAt; }
}

package uk.gov.hwb.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A published version of a meeting's agenda and papers: a frozen snapshot (JSON) of the items
 * and their reports as they were when published. Never changed once written. The snapshot is not
 * audited: it repeats every report's text, confidential ones included, and the audit log must
 * never carry a copy of it.
 */
@Entity
@Table(name = "publication", schema = "board")
@Audited(ignored = "snapshot")
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int number;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false, length = 60)
    private String publishedBy;

    @Column(name = "past_deadline", nullable = false)
    private boolean pastDeadline;

    @Column(length = 1000)
    private String warning;

    @Column(nullable = false)
    private String snapshot;

    /** Why a held meeting's agenda was published again (a correction); null for an ordinary publication. */
    @Column(name = "correction_reason", length = 1000)
    private String correctionReason;

    protected Publication() {
    }

    public Publication(Meeting meeting, int number, OffsetDateTime publishedAt, String publishedBy, boolean pastDeadline,
                       String warning, String snapshot) {
        this.meeting = meeting;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.pastDeadline = pastDeadline;
        this.warning = warning;
        this.snapshot = snapshot;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public int getNumber() { return number; }
    public OffsetDateTime getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public boolean isPastDeadline() { return pastDeadline; }
    public String getWarning() { return warning; }
    public String getSnapshot() { return snapshot; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String correctionReason) { this.correctionReason = correctionReason; }
}

package uk.gov.hwb.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import uk.gov.hwb.board.api.MinutesStatus;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A meeting's minutes as a whole: draft until a later meeting of the same body approves them by
 * resolution (the only way they become approved), and the version that guards every save (each
 * save touches it). The minute of each item is an {@link ItemMinute}; resolutions are {@link Resolution}s.
 */
@Entity
@Table(name = "minutes", schema = "board")
@Audited("Minutes")
public class MeetingMinutes {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MinutesStatus status = MinutesStatus.DRAFT;

    @Column(name = "approved_at_meeting_id")
    private Long approvedAtMeetingId;

    @Column(name = "approval_resolution_id")
    private Long approvalResolutionId;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected MeetingMinutes() {
    }

    public MeetingMinutes(Meeting meeting, String by, OffsetDateTime at) {
        this.meeting = meeting;
        touched(by, at);
    }

    public void touched(String by, OffsetDateTime at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void approved(long atMeetingId, long resolutionId, String by, OffsetDateTime at) {
        this.status = MinutesStatus.APPROVED;
        this.approvedAtMeetingId = atMeetingId;
        this.approvalResolutionId = resolutionId;
        this.approvedBy = by;
        this.approvedAt = at;
        touched(by, at);
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public MinutesStatus getStatus() { return status; }
    public Long getApprovedAtMeetingId() { return approvedAtMeetingId; }
    public Long getApprovalResolutionId() { return approvalResolutionId; }
    public OffsetDateTime getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public String getUpdatedBy() { return updatedBy; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}

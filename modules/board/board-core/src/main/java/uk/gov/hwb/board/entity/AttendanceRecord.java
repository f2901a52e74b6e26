package uk.gov.hwb.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A meeting's attendance as a whole: who recorded it last and when, and the version that guards it
 * (each save touches it, so two clerks saving at once cannot both win). The rows are {@link AttendanceEntry}.
 */
@Entity
@Table(name = "attendance", schema = "board")
@Audited("Attendance")
public class AttendanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected AttendanceRecord() {
    }

    public AttendanceRecord(Meeting meeting) {
        this.meeting = meeting;
    }

    public void recorded(String by, OffsetDateTime at) {
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}

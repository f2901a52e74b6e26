package uk.gov.hwb.send.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.send.api.SefStatus;

/**
 * A dated version of the Self-Evaluation Framework. While a draft its content lives in
 * {@link SefArea} and {@link SefEntry} rows, edited entry by entry (so the audit log says which entry
 * changed); when agreed the whole content is frozen into {@code snapshot} (the {@code SefSnapshot}
 * format named by {@code snapshotFormat}) and the version is locked. The agreeing meeting belongs to
 * the board module and is referred to by id.
 */
@Entity
@Table(name = "sef_version", schema = "send")
@Audited(value = "SefVersion", masked = "snapshot")
public class SefVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @Column(nullable = false, unique = true)
    private int number;

    @Column(name = "sef_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SefStatus status = SefStatus.DRAFT;

    private String context;

    @Column(name = "copied_from")
    private Integer copiedFrom;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "agreed_meeting_id")
    private Long agreedMeetingId;

    @Column(name = "agreed_by", length = 60)
    private String agreedBy;

    @Column(name = "snapshot_format")
    private Integer snapshotFormat;

    private String snapshot;

    @Version
    private long version;

    protected SefVersion() {
    }

    public SefVersion(int number, LocalDate date, Integer copiedFrom) {
        this.number = number;
        this.date = date;
        this.copiedFrom = copiedFrom;
    }

    /** Locks the version with its frozen content. */
    public void agree(LocalDate on, Long meetingId, String by, int format, String frozen) {
        this.status = SefStatus.AGREED;
        this.agreedOn = on;
        this.agreedMeetingId = meetingId;
        this.agreedBy = by;
        this.snapshotFormat = format;
        this.snapshot = frozen;
    }

    public Long getId() { return id; }
    public int getNumber() { return number; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public SefStatus getStatus() { return status; }
    public String getContext() { return context; }
    public void setContext(String context) { this.context = context; }
    public Integer getCopiedFrom() { return copiedFrom; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public Long getAgreedMeetingId() { return agreedMeetingId; }
    public String getAgreedBy() { return agreedBy; }
    public Integer getSnapshotFormat() { return snapshotFormat; }
    public String getSnapshot() { return snapshot; }
    public long getVersion() { return version; }
}

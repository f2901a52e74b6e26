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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A resolution of a meeting on an agenda item, worded "That …": the decision as recorded, and
 * the entry of the decisions register. {@code position} numbers it within its item (7.1, 7.2 …).
 *
 * <p>The wording is masked in the audit log (who recorded or changed it, and when, is kept): a
 * confidential decision must not reach the log's readers.
 */
@Entity
@Table(name = "resolution", schema = "board")
@Audited(masked = "text")
public class Resolution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected Resolution() {
    }

    public Resolution(Meeting meeting, AgendaItem item, int position, String text, String recordedBy, OffsetDateTime recordedAt) {
        this.meeting = meeting;
        this.item = item;
        this.position = position;
        this.text = text;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public AgendaItem getItem() { return item; }
    public int getPosition() { return position; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
    public void reworded(String text, String by, OffsetDateTime at) {
        this.text = text;
        this.recordedBy = by;
        this.recordedAt = at;
    }
}

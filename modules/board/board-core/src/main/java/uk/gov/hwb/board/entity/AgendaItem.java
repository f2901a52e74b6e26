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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import uk.gov.hwb.board.api.ItemPurpose;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.platform.audit.Audited;

/** One item of a meeting's agenda; {@code position} is its number in the agenda. */
@Entity
@Table(name = "agenda_item", schema = "board")
@Audited
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "item_number", nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemPurpose purpose;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "presenter_id")
    private Long presenterId;

    @Column(name = "report_of", length = 300)
    private String reportOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Part part;

    @Column(name = "exempt_paragraph")
    private Integer exemptParagraph;

    @Column(name = "key_decision", nullable = false)
    private boolean keyDecision;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "urgency_reason", length = 2000)
    private String urgencyReason;

    @Column(name = "report_id")
    private Long reportId;

    /** Set on the item that approves an earlier meeting's minutes ("Minutes of the previous meeting"). */
    @Column(name = "minutes_of_meeting_id")
    private Long minutesOfMeetingId;

    @Version
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(Meeting meeting, int position) {
        this.meeting = meeting;
        this.position = position;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ItemPurpose getPurpose() { return purpose; }
    public void setPurpose(ItemPurpose purpose) { this.purpose = purpose; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public Long getPresenterId() { return presenterId; }
    public void setPresenterId(Long presenterId) { this.presenterId = presenterId; }
    public String getReportOf() { return reportOf; }
    public void setReportOf(String reportOf) { this.reportOf = reportOf; }
    public Part getPart() { return part; }
    public void setPart(Part part) { this.part = part; }
    public Integer getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(Integer exemptParagraph) { this.exemptParagraph = exemptParagraph; }
    public boolean isKeyDecision() { return keyDecision; }
    public void setKeyDecision(boolean keyDecision) { this.keyDecision = keyDecision; }
    public boolean isLate() { return late; }
    public void setLate(boolean late) { this.late = late; }
    public String getUrgencyReason() { return urgencyReason; }
    public void setUrgencyReason(String urgencyReason) { this.urgencyReason = urgencyReason; }
    public Long getReportId() { return reportId; }
    public void setReportId(Long reportId) { this.reportId = reportId; }
    public Long getMinutesOfMeetingId() { return minutesOfMeetingId; }
    public void setMinutesOfMeetingId(Long minutesOfMeetingId) { this.minutesOfMeetingId = minutesOfMeetingId; }
    public long getVersion() { return version; }
}

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
import java.time.OffsetDateTime;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.platform.audit.Audited;

/** A meeting of a body. The contact officer is a platform person, held by id. */
@Entity
@Table(name = "meeting", schema = "board")
@Audited
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime start;

    @Column(nullable = false, length = 300)
    private String venue;

    @Column(name = "contact_officer_id")
    private Long contactOfficerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.DRAFT;

    @Column(name = "cancellation_reason", length = 1000)
    private String cancellationReason;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(Body body, OffsetDateTime start, String venue) {
        this.body = body;
        this.start = start;
        this.venue = venue;
    }

    public Long getId() { return id; }
    public Body getBody() { return body; }
    public void setBody(Body body) { this.body = body; }
    public OffsetDateTime getStart() { return start; }
    public void setStart(OffsetDateTime start) { this.start = start; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public Long getContactOfficerId() { return contactOfficerId; }
    public void setContactOfficerId(Long contactOfficerId) { this.contactOfficerId = contactOfficerId; }
    public MeetingStatus getStatus() { return status; }
    public void setStatus(MeetingStatus status) { this.status = status; }
    public String getCancellationReason() { return cancellationReason; }
    public void setCancellationReason(String cancellationReason) { this.cancellationReason = cancellationReason; }
    public long getVersion() { return version; }
}

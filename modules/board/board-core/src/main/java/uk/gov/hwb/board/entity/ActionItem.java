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
import java.time.LocalDate;
import uk.gov.hwb.board.api.ActionStatus;
import uk.gov.hwb.platform.audit.Audited;

/**
 * An action arising from a meeting (on one of its items, or generally), carried forward until done
 * or withdrawn. Its wording and note are masked in the audit log: an action on confidential
 * business must not reach the log's readers.
 */
@Entity
@Table(name = "action_item", schema = "board")
@Audited(value = "Action", masked = {"description", "note"})
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(length = 2000)
    private String note;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    protected ActionItem() {
    }

    public ActionItem(Meeting meeting, AgendaItem item, String description) {
        this.meeting = meeting;
        this.item = item;
        this.description = description;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public AgendaItem getItem() { return item; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(Long ownerPersonId) { this.ownerPersonId = ownerPersonId; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    public long getVersion() { return version; }
}

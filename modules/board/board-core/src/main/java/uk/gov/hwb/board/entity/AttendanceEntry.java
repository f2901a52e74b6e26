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
import uk.gov.hwb.board.api.AttendanceStatus;
import uk.gov.hwb.board.api.OtherAttendeeKind;
import uk.gov.hwb.platform.audit.Audited;

/**
 * One line of a meeting's attendance: a member (their membership, what they did, who substituted)
 * or an officer or other person in attendance (a platform person by id, or a name, and their capacity).
 */
@Entity
@Table(name = "attendance_entry", schema = "board")
@Audited
public class AttendanceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendance_id")
    private AttendanceRecord attendance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @Column(name = "person_id")
    private Long personId;

    @Column(length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AttendanceStatus status;

    @Column(name = "substitute_person_id")
    private Long substitutePersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "other_kind", length = 20)
    private OtherAttendeeKind otherKind;

    @Column(length = 200)
    private String capacity;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected AttendanceEntry() {
    }

    public static AttendanceEntry member(AttendanceRecord attendance, Membership membership, int position) {
        AttendanceEntry entry = new AttendanceEntry();
        entry.attendance = attendance;
        entry.membership = membership;
        entry.personId = membership.getPersonId();
        entry.position = position;
        return entry;
    }

    public static AttendanceEntry other(AttendanceRecord attendance, Long personId, String name, OtherAttendeeKind kind, String capacity,
                                        int position) {
        AttendanceEntry entry = new AttendanceEntry();
        entry.attendance = attendance;
        entry.personId = personId;
        entry.name = name;
        entry.otherKind = kind;
        entry.capacity = capacity;
        entry.position = position;
        return entry;
    }

    public Long getId() { return id; }
    public AttendanceRecord getAttendance() { return attendance; }
    public Membership getMembership() { return membership; }
    public Long getPersonId() { return personId; }
    public String getName() { return name; }
    public AttendanceStatus getStatus() { return status; }
    public void setStatus(AttendanceStatus status) { this.status = status; }
    public Long getSubstitutePersonId() { return substitutePersonId; }
    public void setSubstitutePersonId(Long substitutePersonId) { this.substitutePersonId = substitutePersonId; }
    public OtherAttendeeKind getOtherKind() { return otherKind; }
    public String getCapacity() { return capacity; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}

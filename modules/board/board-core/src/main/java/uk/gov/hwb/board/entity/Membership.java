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
import uk.gov.hwb.board.api.MembershipRole;
import uk.gov.hwb.board.api.StatutorySeat;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A person's seat on a body for a period. The person and their organisation belong to the
 * platform module, so they are held by id.
 */
@Entity
@Table(name = "membership", schema = "board")
@Audited
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_for_id")
    private Membership deputyFor;

    @Column(nullable = false)
    private boolean voting;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    /** The statutory seat this membership fills, if the body's membership is set by law. */
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private StatutorySeat seat;

    /** Sits as an elected councillor (quorum rules may require some). */
    @Column(nullable = false)
    private boolean councillor;

    @Version
    private long version;

    protected Membership() {
    }

    public Membership(Body body, Long personId, MembershipRole role, LocalDate from) {
        this.body = body;
        this.personId = personId;
        this.role = role;
        this.from = from;
    }

    public Long getId() { return id; }
    public Body getBody() { return body; }
    public Long getPersonId() { return personId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public MembershipRole getRole() { return role; }
    public Membership getDeputyFor() { return deputyFor; }
    public void setDeputyFor(Membership deputyFor) { this.deputyFor = deputyFor; }
    public boolean isVoting() { return voting; }
    public void setVoting(boolean voting) { this.voting = voting; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public StatutorySeat getSeat() { return seat; }
    public void setSeat(StatutorySeat seat) { this.seat = seat; }
    public boolean isCouncillor() { return councillor; }
    public void setCouncillor(boolean councillor) { this.councillor = councillor; }
    public long getVersion() { return version; }
}

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
import java.time.OffsetDateTime;
import uk.gov.hwb.board.api.DispensationScope;
import uk.gov.hwb.board.api.Participation;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A declaration of interest made at a meeting on an agenda item. The nature is masked in the audit
 * log: a sensitive interest's nature (Localism Act 2011, s.32) and an interest in confidential
 * business must not reach the log's readers.
 */
@Entity
@Table(name = "declaration", schema = "board")
@Audited(masked = "nature")
public class Declaration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false, length = 100)
    private String kind;

    @Column(length = 1000)
    private String nature;

    @Column(nullable = false)
    private boolean sensitive;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Participation participation;

    @Column(name = "dispensation_granted_by", length = 200)
    private String dispensationGrantedBy;

    @Column(name = "dispensation_granted_on")
    private LocalDate dispensationGrantedOn;

    @Column(name = "dispensation_expires_on")
    private LocalDate dispensationExpiresOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispensation_scope", length = 30)
    private DispensationScope dispensationScope;

    @Column(name = "dispensation_grounds", length = 500)
    private String dispensationGrounds;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected Declaration() {
    }

    public Declaration(Meeting meeting, AgendaItem item, Long personId, String kind, String nature, boolean sensitive,
                       Participation participation, String recordedBy, OffsetDateTime recordedAt) {
        this.meeting = meeting;
        this.item = item;
        this.personId = personId;
        this.kind = kind;
        this.nature = nature;
        this.sensitive = sensitive;
        this.participation = participation;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void dispensation(String grantedBy, LocalDate grantedOn, LocalDate expiresOn, DispensationScope scope, String grounds) {
        this.dispensationGrantedBy = grantedBy;
        this.dispensationGrantedOn = grantedOn;
        this.dispensationExpiresOn = expiresOn;
        this.dispensationScope = scope;
        this.dispensationGrounds = grounds;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public AgendaItem getItem() { return item; }
    public Long getPersonId() { return personId; }
    public String getKind() { return kind; }
    public String getNature() { return nature; }
    public boolean isSensitive() { return sensitive; }
    public Participation getParticipation() { return participation; }
    public String getDispensationGrantedBy() { return dispensationGrantedBy; }
    public LocalDate getDispensationGrantedOn() { return dispensationGrantedOn; }
    public LocalDate getDispensationExpiresOn() { return dispensationExpiresOn; }
    public DispensationScope getDispensationScope() { return dispensationScope; }
    public String getDispensationGrounds() { return dispensationGrounds; }
}

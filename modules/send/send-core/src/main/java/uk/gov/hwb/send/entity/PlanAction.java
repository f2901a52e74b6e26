package uk.gov.hwb.send.entity;

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
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * An action of the strategic action plan, numbered within its recommendation. The owner is a person
 * and organisation of the platform, referred to by id with their names copied when assigned, so
 * lists need no look-ups in another module.
 */
@Entity
@Table(name = "plan_action", schema = "send")
@Audited("SendAction")
public class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id")
    private Recommendation recommendation;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;

    @Column(name = "owner_organisation", length = 200)
    private String ownerOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgressStatus status = ProgressStatus.NOT_STARTED;

    @Version
    private long version;

    protected PlanAction() {
    }

    public PlanAction(Recommendation recommendation, int number, String title) {
        this.recommendation = recommendation;
        this.number = number;
        this.title = title;
    }

    /** "3.2": the recommendation's number, then the action's. */
    public String code() {
        return recommendation.getNumber() + "." + number;
    }

    public Long getId() { return id; }
    public Recommendation getRecommendation() { return recommendation; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerPerson(Long id, String name) {
        this.ownerPersonId = id;
        this.ownerName = name;
    }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }
    public String getOwnerOrganisation() { return ownerOrganisation; }
    public void setOwnerOrganisation(Long id, String name) {
        this.ownerOrganisationId = id;
        this.ownerOrganisation = name;
    }
    public ProgressStatus getStatus() { return status; }
    public void setStatus(ProgressStatus status) { this.status = status; }
    public long getVersion() { return version; }
}

package uk.gov.hwb.strategies.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * A strategy: its name, the years it runs, the statuses its updates use, and who stands behind it
 * by id (the owning organisation, the overseeing body, the lead person), never by association.
 */
@Entity
@Table(name = "strategy", schema = "strategies")
@Audited
public class Strategy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategies_ids")
    @SequenceGenerator(name = "strategies_ids", schema = "strategies", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    private String description;

    @Column(name = "year_from", nullable = false)
    private int from;

    @Column(name = "year_to", nullable = false)
    private int to;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "lead_person_id")
    private Long leadPersonId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "strategy_status", schema = "strategies", joinColumns = @JoinColumn(name = "strategy_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private List<ProgressStatus> statuses = new ArrayList<>();

    @Version
    private long version;

    protected Strategy() {
    }

    public Strategy(String name, int from, int to) {
        this.name = name;
        this.from = from;
        this.to = to;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public int getFrom() { return from; }
    public void setFrom(int from) { this.from = from; }
    public int getTo() { return to; }
    public void setTo(int to) { this.to = to; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public Long getLeadPersonId() { return leadPersonId; }
    public void setLeadPersonId(Long leadPersonId) { this.leadPersonId = leadPersonId; }
    public List<ProgressStatus> getStatuses() { return List.copyOf(statuses); }
    public void setStatuses(List<ProgressStatus> statuses) {
        this.statuses.clear();
        this.statuses.addAll(statuses);
    }
    public long getVersion() { return version; }
}

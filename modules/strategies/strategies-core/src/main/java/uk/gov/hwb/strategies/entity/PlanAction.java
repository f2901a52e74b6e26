package uk.gov.hwb.strategies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import uk.gov.hwb.platform.audit.Audited;

/**
 * An action of a priority, or a sub-action of an action ({@code parent} set): its code ("1.2B"),
 * title, lead (a person and/or an organisation, by id), what is measured and the target date.
 */
@Entity
@Table(name = "plan_action", schema = "strategies")
@Audited("Action")
public class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategies_ids")
    @SequenceGenerator(name = "strategies_ids", schema = "strategies", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_id")
    private Priority priority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PlanAction parent;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "lead_person_id")
    private Long leadPersonId;

    @Column(name = "lead_organisation_id")
    private Long leadOrganisationId;

    @Column(length = 4000)
    private String measuring;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Version
    private long version;

    protected PlanAction() {
    }

    public PlanAction(Strategy strategy, Priority priority, PlanAction parent, String code, String title) {
        this.strategy = strategy;
        this.priority = priority;
        this.parent = parent;
        this.code = code;
        this.title = title;
    }

    public Long getId() { return id; }
    public Strategy getStrategy() { return strategy; }
    public Priority getPriority() { return priority; }
    public PlanAction getParent() { return parent; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getLeadPersonId() { return leadPersonId; }
    public void setLeadPersonId(Long leadPersonId) { this.leadPersonId = leadPersonId; }
    public Long getLeadOrganisationId() { return leadOrganisationId; }
    public void setLeadOrganisationId(Long leadOrganisationId) { this.leadOrganisationId = leadOrganisationId; }
    public String getMeasuring() { return measuring; }
    public void setMeasuring(String measuring) { this.measuring = measuring; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
    public long getVersion() { return version; }
}

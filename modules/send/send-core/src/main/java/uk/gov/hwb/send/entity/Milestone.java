package uk.gov.hwb.send.entity;

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
import java.time.LocalDate;
import uk.gov.hwb.platform.audit.Audited;

/** A milestone of an action in one plan year: due on a date, done when completed. */
@Entity
@Table(name = "milestone", schema = "send")
@Audited
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private PlanAction action;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Version
    private long version;

    protected Milestone() {
    }

    public Milestone(PlanAction action) {
        this.action = action;
    }

    public Long getId() { return id; }
    public PlanAction getAction() { return action; }
    public int getPlanYear() { return planYear; }
    public void setPlanYear(int planYear) { this.planYear = planYear; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public long getVersion() { return version; }
}

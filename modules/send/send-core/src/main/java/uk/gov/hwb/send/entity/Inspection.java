package uk.gov.hwb.send.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.send.api.InspectionFramework;
import uk.gov.hwb.send.api.InspectionOutcome;
import uk.gov.hwb.send.api.Inspectorate;

/** An area SEND inspection: who, when, under which framework, when the report was published and its outcome. */
@Entity
@Table(name = "inspection", schema = "send")
@Audited
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    @SequenceGenerator(name = "send_ids", schema = "send", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_inspectorate", schema = "send", joinColumns = @JoinColumn(name = "inspection_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "inspectorate", length = 20, nullable = false)
    private Set<Inspectorate> inspectorates = EnumSet.noneOf(Inspectorate.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InspectionFramework framework;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private InspectionOutcome outcome;

    @Version
    private long version;

    protected Inspection() {
    }

    public Inspection(InspectionFramework framework, LocalDate startDate, LocalDate endDate) {
        this.framework = framework;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public Long getId() { return id; }
    public Set<Inspectorate> getInspectorates() { return inspectorates; }
    public void setInspectorates(Set<Inspectorate> inspectorates) {
        this.inspectorates.clear();
        this.inspectorates.addAll(inspectorates);
    }
    public InspectionFramework getFramework() { return framework; }
    public void setFramework(InspectionFramework framework) { this.framework = framework; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public InspectionOutcome getOutcome() { return outcome; }
    public void setOutcome(InspectionOutcome outcome) { this.outcome = outcome; }
    public long getVersion() { return version; }
}

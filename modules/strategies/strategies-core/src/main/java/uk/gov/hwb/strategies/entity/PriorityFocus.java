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
import uk.gov.hwb.platform.audit.Audited;

/** A priority's focus for the year after {@code year} ("2023-24"), printed in that year's annual report. */
@Entity
@Table(name = "priority_focus", schema = "strategies")
@Audited("Focus")
public class PriorityFocus {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategies_ids")
    @SequenceGenerator(name = "strategies_ids", schema = "strategies", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_id")
    private Priority priority;

    @Column(name = "report_year", nullable = false, length = 7)
    private String year;

    @Column(nullable = false)
    private String text;

    @Version
    private long version;

    protected PriorityFocus() {
    }

    public PriorityFocus(Priority priority, String year, String text) {
        this.priority = priority;
        this.year = year;
        this.text = text;
    }

    public Long getId() { return id; }
    public Priority getPriority() { return priority; }
    public String getYear() { return year; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public long getVersion() { return version; }
}

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
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A strategy's reporting period ("November 2013"): the date leads must update by, the last day it
 * reports on, and whether it is closed because its summary went to the board.
 */
@Entity
@Table(name = "reporting_period", schema = "strategies")
@Audited("Period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategies_ids")
    @SequenceGenerator(name = "strategies_ids", schema = "strategies", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "updates_due", nullable = false)
    private LocalDate updatesDue;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(length = 500)
    private String note;

    @Version
    private long version;

    protected ReportingPeriod() {
    }

    public ReportingPeriod(Strategy strategy, String name, LocalDate updatesDue, LocalDate endsOn) {
        this.strategy = strategy;
        this.name = name;
        this.updatesDue = updatesDue;
        this.endsOn = endsOn;
    }

    public void close(String by, OffsetDateTime at, String note) {
        this.closed = true;
        this.closedBy = by;
        this.closedAt = at;
        this.note = note;
    }

    public Long getId() { return id; }
    public Strategy getStrategy() { return strategy; }
    public String getName() { return name; }
    public LocalDate getUpdatesDue() { return updatesDue; }
    public LocalDate getEndsOn() { return endsOn; }
    public boolean isClosed() { return closed; }
    public OffsetDateTime getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
}

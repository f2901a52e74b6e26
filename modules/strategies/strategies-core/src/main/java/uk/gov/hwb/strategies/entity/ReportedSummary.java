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
import java.time.OffsetDateTime;

/**
 * A period's summary as it went to the board, frozen when the period closed: the JSON of a
 * versioned snapshot format ({@code formatVersion}), never changed afterwards.
 */
@Entity
@Table(name = "reported_summary", schema = "strategies")
public class ReportedSummary {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategies_ids")
    @SequenceGenerator(name = "strategies_ids", schema = "strategies", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Column(name = "format_version", nullable = false)
    private int formatVersion;

    @Column(nullable = false)
    private String content;

    @Column(name = "taken_at", nullable = false)
    private OffsetDateTime takenAt;

    @Column(name = "taken_by", nullable = false, length = 60)
    private String takenBy;

    protected ReportedSummary() {
    }

    public ReportedSummary(ReportingPeriod period, int formatVersion, String content, OffsetDateTime takenAt, String takenBy) {
        this.period = period;
        this.formatVersion = formatVersion;
        this.content = content;
        this.takenAt = takenAt;
        this.takenBy = takenBy;
    }

    public Long getId() { return id; }
    public ReportingPeriod getPeriod() { return period; }
    public int getFormatVersion() { return formatVersion; }
    public String getContent() { return content; }
    public OffsetDateTime getTakenAt() { return takenAt; }
    public String getTakenBy() { return takenBy; }
}

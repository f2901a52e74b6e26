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
import java.time.OffsetDateTime;
import uk.gov.hwb.board.api.ReportAction;
import uk.gov.hwb.board.api.ReportStatus;

/** One step taken along a report's approval chain: never changed once recorded. */
@Entity
@Table(name = "report_step", schema = "board")
public class ApprovalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private ReportStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ReportStatus to;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "taken_at", nullable = false)
    private OffsetDateTime at;

    @Column(length = 2000)
    private String comment;

    protected ApprovalStep() {
    }

    public ApprovalStep(Report report, ReportAction action, ReportStatus from, ReportStatus to, String username,
                        OffsetDateTime at, String comment) {
        this.report = report;
        this.action = action;
        this.from = from;
        this.to = to;
        this.username = username;
        this.at = at;
        this.comment = comment;
    }

    public Report getReport() { return report; }
    public ReportAction getAction() { return action; }
    public ReportStatus getFrom() { return from; }
    public ReportStatus getTo() { return to; }
    public String getUsername() { return username; }
    public OffsetDateTime getAt() { return at; }
    public String getComment() { return comment; }
}

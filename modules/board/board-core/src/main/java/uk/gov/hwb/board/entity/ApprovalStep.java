package uk.gov.hwb.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(nullable = false, length = 20)
    private String action;

    @Column(name = "from_status", nullable = false, length = 20)
    private String from;

    @Column(name = "to_status", nullable = false, length = 20)
    private String to;

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
        this.action = action.name();
        this.from = from.name();
        this.to = to.name();
        this.username = username;
        this.at = at;
        this.comment = comment;
    }

    public ReportAction getAction() { return ReportAction.valueOf(action); }
    public ReportStatus getFrom() { return ReportStatus.valueOf(from); }
    public ReportStatus getTo() { return ReportStatus.valueOf(to); }
    public String getUsername() { return username; }
    public OffsetDateTime getAt() { return at; }
    public String getComment() { return comment; }
}

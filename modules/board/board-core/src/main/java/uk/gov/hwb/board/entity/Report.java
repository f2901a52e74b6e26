package uk.gov.hwb.board.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.ReportSections;
import uk.gov.hwb.board.api.ReportStatus;
import uk.gov.hwb.platform.audit.Audited;

/** A report to the standard template, written for a meeting; owned by the user who created it. */
@Entity
@Table(name = "report", schema = "board")
@Audited
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Part classification = Part.PART_1;

    @Column(name = "exempt_paragraph")
    private Integer exemptParagraph;

    @Column(name = "key_decision", nullable = false)
    private boolean keyDecision;

    @Column(name = "executive_director", length = 200)
    private String executiveDirector;

    @Column(name = "report_author", length = 200)
    private String reportAuthor;

    @Column(name = "executive_councillor", length = 200)
    private String executiveCouncillor;

    @Column(name = "executive_summary")
    private String executiveSummary;
    private String background;
    @Column(name = "reasons_for_decisions")
    private String reasonsForDecisions;
    @Column(name = "other_options")
    private String otherOptions;
    @Column(name = "financial_implications")
    private String financialImplications;
    @Column(name = "legal_implications")
    private String legalImplications;
    @Column(name = "policy_context")
    private String policyContext;
    @Column(name = "carbon_impact")
    private String carbonImpact;
    private String equalities;
    private String consultation;

    @ElementCollection
    @CollectionTable(name = "report_recommendation", schema = "board", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = 4000, nullable = false)
    private List<String> recommendations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_background_paper", schema = "board", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = 500, nullable = false)
    private List<String> backgroundPapers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "legal_cleared", nullable = false)
    private boolean legalCleared;

    @Column(name = "finance_cleared", nullable = false)
    private boolean financeCleared;

    @Column(nullable = false, length = 60)
    private String owner;

    @Version
    private long version;

    protected Report() {
    }

    public Report(Meeting meeting, String owner) {
        this.meeting = meeting;
        this.owner = owner;
    }

    public ReportSections getSections() {
        return new ReportSections(executiveSummary, List.copyOf(recommendations), background, reasonsForDecisions, otherOptions,
                financialImplications, legalImplications, policyContext, carbonImpact, equalities, consultation);
    }

    public void setSections(ReportSections s) {
        executiveSummary = s.executiveSummary();
        recommendations.clear();
        recommendations.addAll(s.recommendations() == null ? List.of() : s.recommendations());
        background = s.background();
        reasonsForDecisions = s.reasonsForDecisions();
        otherOptions = s.otherOptions();
        financialImplications = s.financialImplications();
        legalImplications = s.legalImplications();
        policyContext = s.policyContext();
        carbonImpact = s.carbonImpact();
        equalities = s.equalities();
        consultation = s.consultation();
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public void setMeeting(Meeting meeting) { this.meeting = meeting; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Part getClassification() { return classification; }
    public void setClassification(Part classification) { this.classification = classification; }
    public Integer getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(Integer exemptParagraph) { this.exemptParagraph = exemptParagraph; }
    public boolean isKeyDecision() { return keyDecision; }
    public void setKeyDecision(boolean keyDecision) { this.keyDecision = keyDecision; }
    public String getExecutiveDirector() { return executiveDirector; }
    public void setExecutiveDirector(String executiveDirector) { this.executiveDirector = executiveDirector; }
    public String getReportAuthor() { return reportAuthor; }
    public void setReportAuthor(String reportAuthor) { this.reportAuthor = reportAuthor; }
    public String getExecutiveCouncillor() { return executiveCouncillor; }
    public void setExecutiveCouncillor(String executiveCouncillor) { this.executiveCouncillor = executiveCouncillor; }
    public List<String> getBackgroundPapers() { return List.copyOf(backgroundPapers); }
    public void setBackgroundPapers(List<String> papers) { backgroundPapers.clear(); backgroundPapers.addAll(papers); }
    public ReportStatus getStatus() { return status; }
    public void setStatus(ReportStatus status) { this.status = status; }
    public boolean isLegalCleared() { return legalCleared; }
    public void setLegalCleared(boolean legalCleared) { this.legalCleared = legalCleared; }
    public boolean isFinanceCleared() { return financeCleared; }
    public void setFinanceCleared(boolean financeCleared) { this.financeCleared = financeCleared; }
    public String getOwner() { return owner; }
    public long getVersion() { return version; }
}

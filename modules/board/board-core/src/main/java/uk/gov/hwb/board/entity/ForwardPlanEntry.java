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
import jakarta.persistence.Version;
import java.time.LocalDate;
import uk.gov.hwb.board.api.ForwardPlanStatus;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.UrgencyAgreedBy;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A matter on the executive's forward plan. {@code noticeDate} is set once, the day it was first
 * published, and never changed: it is what the 28 clear days are counted from. The general
 * exception (reg 10) and special urgency (reg 11) record what was done when that notice could not
 * be given.
 */
@Entity
@Table(name = "forward_plan_entry", schema = "board")
@Audited
public class ForwardPlanEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String matter;

    @Column(name = "decision_due", nullable = false)
    private LocalDate decisionDue;

    @Column(name = "key_decision", nullable = false)
    private boolean keyDecision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Part part = Part.PART_1;

    @Column(name = "exempt_paragraph")
    private Integer exemptParagraph;

    @Column(name = "decision_maker", length = 200)
    private String decisionMaker;

    @Column(name = "lead_officer", length = 200)
    private String leadOfficer;

    @Column(length = 1000)
    private String documents;

    @Column(name = "notice_date", nullable = false)
    private LocalDate noticeDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ForwardPlanStatus status = ForwardPlanStatus.PLANNED;

    @Column(name = "ge_scrutiny_chair_informed")
    private LocalDate scrutinyChairInformedOn;

    @Column(name = "ge_public_notice")
    private LocalDate publicNoticeOn;

    @Column(name = "ge_reasons", length = 2000)
    private String generalExceptionReasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "su_agreed_by", length = 30)
    private UrgencyAgreedBy urgencyAgreedBy;

    @Column(name = "su_agreed_by_name", length = 200)
    private String urgencyAgreedByName;

    @Column(name = "su_agreed_on")
    private LocalDate urgencyAgreedOn;

    @Column(name = "su_reasons", length = 2000)
    private String urgencyReasons;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Version
    private long version;

    protected ForwardPlanEntry() {
    }

    public ForwardPlanEntry(Body body, LocalDate noticeDate, String createdBy) {
        this.body = body;
        this.noticeDate = noticeDate;
        this.createdBy = createdBy;
    }

    public void generalException(LocalDate scrutinyChairInformedOn, LocalDate publicNoticeOn, String reasons) {
        this.scrutinyChairInformedOn = scrutinyChairInformedOn;
        this.publicNoticeOn = publicNoticeOn;
        this.generalExceptionReasons = reasons;
    }

    public void specialUrgency(UrgencyAgreedBy agreedBy, String agreedByName, LocalDate agreedOn, String reasons) {
        this.urgencyAgreedBy = agreedBy;
        this.urgencyAgreedByName = agreedByName;
        this.urgencyAgreedOn = agreedOn;
        this.urgencyReasons = reasons;
    }

    public Long getId() { return id; }
    public Body getBody() { return body; }
    public void setBody(Body body) { this.body = body; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getMatter() { return matter; }
    public void setMatter(String matter) { this.matter = matter; }
    public LocalDate getDecisionDue() { return decisionDue; }
    public void setDecisionDue(LocalDate decisionDue) { this.decisionDue = decisionDue; }
    public boolean isKeyDecision() { return keyDecision; }
    public void setKeyDecision(boolean keyDecision) { this.keyDecision = keyDecision; }
    public Part getPart() { return part; }
    public void setPart(Part part) { this.part = part; }
    public Integer getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(Integer exemptParagraph) { this.exemptParagraph = exemptParagraph; }
    public String getDecisionMaker() { return decisionMaker; }
    public void setDecisionMaker(String decisionMaker) { this.decisionMaker = decisionMaker; }
    public String getLeadOfficer() { return leadOfficer; }
    public void setLeadOfficer(String leadOfficer) { this.leadOfficer = leadOfficer; }
    public String getDocuments() { return documents; }
    public void setDocuments(String documents) { this.documents = documents; }
    public LocalDate getNoticeDate() { return noticeDate; }
    public AgendaItem getItem() { return item; }
    public void setItem(AgendaItem item) { this.item = item; }
    public ForwardPlanStatus getStatus() { return status; }
    public void setStatus(ForwardPlanStatus status) { this.status = status; }
    public LocalDate getScrutinyChairInformedOn() { return scrutinyChairInformedOn; }
    public LocalDate getPublicNoticeOn() { return publicNoticeOn; }
    public String getGeneralExceptionReasons() { return generalExceptionReasons; }
    public UrgencyAgreedBy getUrgencyAgreedBy() { return urgencyAgreedBy; }
    public String getUrgencyAgreedByName() { return urgencyAgreedByName; }
    public LocalDate getUrgencyAgreedOn() { return urgencyAgreedOn; }
    public String getUrgencyReasons() { return urgencyReasons; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}

package uk.gov.hwb.board.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.api.ForwardPlan;
import uk.gov.hwb.board.api.ForwardPlanChanges;
import uk.gov.hwb.board.api.ForwardPlanEntryDto;
import uk.gov.hwb.board.api.ForwardPlanStatus;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.NewForwardPlanEntry;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.UrgencyAgreedBy;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The forward plan for democratic services: every entry with what allows its key decision (or the
 * warning why nothing does), adding a matter, and changing one — linking it to the agenda item it
 * is taken at, recording a general exception (reg 10) or special urgency (reg 11).
 */
@Named
@ViewScoped
public class ForwardPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ForwardPlan plan;

    @Inject
    transient Bodies bodies;

    @Inject
    transient Meetings meetings;

    @Inject
    transient Viewer viewer;

    private List<ForwardPlanEntryDto> entries = new ArrayList<>();
    private final Form form = new Form();
    private Long editing;

    /** Called by f:viewAction. */
    public void load() {
        try {
            entries = plan.entries(null, true, viewer);
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void edit(ForwardPlanEntryDto e) {
        editing = e.id();
        form.from(e);
    }

    public void cancel() {
        editing = null;
        form.clear();
    }

    public void save() {
        try {
            if (editing == null) {
                ForwardPlanEntryDto added = plan.add(new NewForwardPlanEntry(form.bodyId, form.title, form.matter, form.decisionDue, form.keyDecision,
                        form.part, form.part == Part.PART_2 ? form.exemptParagraph : null, form.decisionMaker, form.leadOfficer, form.documents), viewer);
                Messages.saved("Added to the forward plan, published today (" + added.noticeDate() + ").");
            } else {
                ForwardPlanEntryDto saved = plan.update(editing, new ForwardPlanChanges(form.title, form.matter, form.decisionDue, form.keyDecision,
                        form.part, form.part == Part.PART_2 ? form.exemptParagraph : null, form.decisionMaker, form.leadOfficer, form.documents, form.itemId,
                        form.status, form.generalException ? new ForwardPlanChanges.GeneralException(form.scrutinyChairInformedOn, form.publicNoticeOn,
                        form.exceptionReasons) : null, form.specialUrgency ? new ForwardPlanChanges.SpecialUrgency(form.agreedBy, form.agreedByName,
                        form.agreedOn, form.urgencyReasons) : null, form.version), viewer);
                Messages.saved("Saved.");
                if (saved.warning() != null) {
                    Messages.warning(saved.warning());
                }
            }
            cancel();
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** Executive bodies: whose decisions the forward plan lists. */
    public List<BodyDto> getExecutives() {
        return bodies.bodies().stream().filter(BodyDto::executive).toList();
    }

    /** Agenda items of the entry's body's meetings from three months ago, to link the decision to. */
    public List<ItemChoice> getItems() {
        if (form.bodyId == null) {
            return List.of();
        }
        List<ItemChoice> choices = new ArrayList<>();
        for (MeetingDto m : meetings.meetings(form.bodyId, LocalDate.now(CouncilCalendar.ZONE).minusMonths(3), null, viewer, new PageRequest(0, 50)).items()) {
            for (AgendaItemDto i : meetings.items(m.id(), viewer)) {
                choices.add(new ItemChoice(i.id(), m.start().toLocalDate() + ": " + i.number() + ". " + i.title() + (i.keyDecision() ? " (key decision)" : "")));
            }
        }
        return choices;
    }

    /** An agenda item to choose. */
    public record ItemChoice(Long id, String label) {
    }

    public Part[] getParts() { return Part.values(); }
    public ForwardPlanStatus[] getStatuses() { return ForwardPlanStatus.values(); }
    public UrgencyAgreedBy[] getAgreers() { return UrgencyAgreedBy.values(); }
    public boolean isClerk() { return viewer.isClerk(); }
    public List<ForwardPlanEntryDto> getEntries() { return entries; }
    public Form getForm() { return form; }
    public Long getEditing() { return editing; }

    /** The add or change form. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long bodyId;
        private String title;
        private String matter;
        private LocalDate decisionDue;
        private boolean keyDecision = true;
        private Part part = Part.PART_1;
        private Integer exemptParagraph;
        private String decisionMaker;
        private String leadOfficer;
        private String documents;
        private Long itemId;
        private ForwardPlanStatus status = ForwardPlanStatus.PLANNED;
        private boolean generalException;
        private LocalDate scrutinyChairInformedOn;
        private LocalDate publicNoticeOn;
        private String exceptionReasons;
        private boolean specialUrgency;
        private UrgencyAgreedBy agreedBy = UrgencyAgreedBy.SCRUTINY_CHAIR;
        private String agreedByName;
        private LocalDate agreedOn;
        private String urgencyReasons;
        private long version;

        void from(ForwardPlanEntryDto e) {
            bodyId = e.bodyId();
            title = e.title();
            matter = e.matter();
            decisionDue = e.decisionDue();
            keyDecision = e.keyDecision();
            part = e.part();
            exemptParagraph = e.exemptParagraph();
            decisionMaker = e.decisionMaker();
            leadOfficer = e.leadOfficer();
            documents = e.documents();
            itemId = e.itemId();
            status = e.status();
            generalException = e.generalException() != null;
            scrutinyChairInformedOn = generalException ? e.generalException().scrutinyChairInformedOn() : null;
            publicNoticeOn = generalException ? e.generalException().publicNoticeOn() : null;
            exceptionReasons = generalException ? e.generalException().reasons() : null;
            specialUrgency = e.specialUrgency() != null;
            agreedBy = specialUrgency ? e.specialUrgency().agreedBy() : UrgencyAgreedBy.SCRUTINY_CHAIR;
            agreedByName = specialUrgency ? e.specialUrgency().agreedByName() : null;
            agreedOn = specialUrgency ? e.specialUrgency().agreedOn() : null;
            urgencyReasons = specialUrgency ? e.specialUrgency().reasons() : null;
            version = e.version();
        }

        void clear() {
            from(new ForwardPlanEntryDto(0, 0, null, null, null, null, true, Part.PART_1, null, null, null, null, null, null, null, null, null, null,
                    ForwardPlanStatus.PLANNED, null, null, null, null, 0));
            bodyId = null;
        }

        public Long getBodyId() { return bodyId; }
        public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
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
        public Long getItemId() { return itemId; }
        public void setItemId(Long itemId) { this.itemId = itemId; }
        public ForwardPlanStatus getStatus() { return status; }
        public void setStatus(ForwardPlanStatus status) { this.status = status; }
        public boolean isGeneralException() { return generalException; }
        public void setGeneralException(boolean generalException) { this.generalException = generalException; }
        public LocalDate getScrutinyChairInformedOn() { return scrutinyChairInformedOn; }
        public void setScrutinyChairInformedOn(LocalDate scrutinyChairInformedOn) { this.scrutinyChairInformedOn = scrutinyChairInformedOn; }
        public LocalDate getPublicNoticeOn() { return publicNoticeOn; }
        public void setPublicNoticeOn(LocalDate publicNoticeOn) { this.publicNoticeOn = publicNoticeOn; }
        public String getExceptionReasons() { return exceptionReasons; }
        public void setExceptionReasons(String exceptionReasons) { this.exceptionReasons = exceptionReasons; }
        public boolean isSpecialUrgency() { return specialUrgency; }
        public void setSpecialUrgency(boolean specialUrgency) { this.specialUrgency = specialUrgency; }
        public UrgencyAgreedBy getAgreedBy() { return agreedBy; }
        public void setAgreedBy(UrgencyAgreedBy agreedBy) { this.agreedBy = agreedBy; }
        public String getAgreedByName() { return agreedByName; }
        public void setAgreedByName(String agreedByName) { this.agreedByName = agreedByName; }
        public LocalDate getAgreedOn() { return agreedOn; }
        public void setAgreedOn(LocalDate agreedOn) { this.agreedOn = agreedOn; }
        public String getUrgencyReasons() { return urgencyReasons; }
        public void setUrgencyReasons(String urgencyReasons) { this.urgencyReasons = urgencyReasons; }
    }
}

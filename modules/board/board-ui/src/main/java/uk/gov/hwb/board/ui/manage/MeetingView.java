package uk.gov.hwb.board.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.ReorderEvent;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.DeadlineDto;
import uk.gov.hwb.board.api.ItemPurpose;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.PackJobDto;
import uk.gov.hwb.board.api.PackJobState;
import uk.gov.hwb.board.api.Packs;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.PublicationDto;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.api.Reports;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * One meeting for democratic services: its publication deadline with a countdown, the agenda
 * (add, remove, drag to reorder), the reports written for it, and publishing.
 */
@Named
@ViewScoped
public class MeetingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Meetings meetings;

    @Inject
    transient Reports reports;

    @Inject
    transient Publications publications;

    @Inject
    transient Viewer viewer;

    @Inject
    transient Packs packs;

    private PackJobDto packJob;

    private Long id;
    private MeetingDto meeting;
    private DeadlineDto deadline;
    private List<AgendaItemDto> items = new ArrayList<>();
    private List<ReportDto> meetingReports = new ArrayList<>();
    private List<PublicationDto> versions = new ArrayList<>();
    private final ItemForm item = new ItemForm();

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        try {
            meeting = meetings.meeting(id);
            deadline = meetings.deadline(id);
            items = new ArrayList<>(meetings.items(id));
            meetingReports = reports.reports(id, null, viewer, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
            versions = publications.publications(id);
        } catch (RuntimeException e) {
            meeting = null;
            Messages.problem(e);
        }
    }

    public void addItem() {
        try {
            meetings.addItem(id, new AgendaItemDto(null, id, null, item.title, item.purpose, item.startTime, null, null, null, item.reportOf,
                    item.part, item.part == Part.PART_2 ? item.exemptParagraph : null, null, item.keyDecision, false, item.urgencyReason,
                    item.reportId, 0));
            Messages.saved("Added '" + item.title + "'.");
            item.clear();
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void remove(AgendaItemDto i) {
        try {
            meetings.removeItem(id, i.id());
            Messages.saved("Removed '" + i.title() + "'; the agenda is renumbered.");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** Drag and drop: the table's rows are already in the new order; store it and renumber. */
    public void reordered(ReorderEvent event) {
        try {
            meetings.reorder(id, items.stream().map(AgendaItemDto::id).toList());
            Messages.saved("Agenda reordered: '" + items.get(event.getToIndex()).title() + "' is now item " + (event.getToIndex() + 1) + ".");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
            load();
        }
    }

    /** The keyboard alternative to dragging: swaps an item with the one above it. */
    public void moveUp(AgendaItemDto i) {
        int at = items.indexOf(i);
        if (at <= 0) {
            return;
        }
        items.set(at, items.get(at - 1));
        items.set(at - 1, i);
        try {
            meetings.reorder(id, items.stream().map(AgendaItemDto::id).toList());
            Messages.saved("'" + i.title() + "' is now item " + at + ".");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
        load();
    }

    public void publish() {
        try {
            PublicationDto published = publications.publish(id, viewer);
            Messages.saved("Published version " + published.number() + ". The public page now shows it.");
            if (published.warning() != null) {
                Messages.warning(published.warning());
            }
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** Starts building the packs of the latest publication; the screen then polls {@link #refreshJob()}. */
    public void buildPacks() {
        try {
            packJob = packs.build(id, viewer);
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void refreshJob() {
        if (packJob != null) {
            packJob = packs.job(packJob.id());
            if (packJob.state() == PackJobState.DONE) {
                Messages.saved("The packs are ready.");
            } else if (packJob.state() == PackJobState.FAILED) {
                Messages.problem(new uk.gov.hwb.platform.problem.ConflictException(packJob.message()));
            }
        }
    }

    public boolean isBuilding() {
        return packJob != null && packJob.state() == PackJobState.RUNNING;
    }

    public PackJobDto getPackJob() { return packJob; }

    /** "6 working days left", "Due today", or the missed warning. */
    public String getCountdown() {
        if (deadline == null) {
            return "";
        }
        if (deadline.missed()) {
            return "The publication deadline has passed: items added now are late and need a reason for urgency.";
        }
        long days = deadline.daysLeft();
        return days == 0 ? "Publish today." : days + (days == 1 ? " day" : " days") + " left to publish.";
    }

    public String reportTitle(Long reportId) {
        return reportId == null ? null : meetingReports.stream().filter(r -> r.id().equals(reportId)).map(ReportDto::title).findFirst()
                .orElse("Report " + reportId);
    }

    public ItemPurpose[] getPurposes() { return ItemPurpose.values(); }
    public Part[] getParts() { return Part.values(); }
    public boolean isClerk() { return viewer.isClerk(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingDto getMeeting() { return meeting; }
    public DeadlineDto getDeadline() { return deadline; }
    public List<AgendaItemDto> getItems() { return items; }
    public void setItems(List<AgendaItemDto> items) { this.items = items; }
    public List<ReportDto> getReports() { return meetingReports; }
    public List<PublicationDto> getVersions() { return versions; }
    public ItemForm getItem() { return item; }

    /** The add-an-item form. */
    public static class ItemForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private ItemPurpose purpose = ItemPurpose.FOR_DECISION;
        private LocalTime startTime;
        private String reportOf;
        private Part part = Part.PART_1;
        private Integer exemptParagraph;
        private boolean keyDecision;
        private String urgencyReason;
        private Long reportId;

        void clear() {
            title = null;
            startTime = null;
            reportOf = null;
            part = Part.PART_1;
            exemptParagraph = null;
            keyDecision = false;
            urgencyReason = null;
            reportId = null;
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public ItemPurpose getPurpose() { return purpose; }
        public void setPurpose(ItemPurpose purpose) { this.purpose = purpose; }
        public LocalTime getStartTime() { return startTime; }
        public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
        public String getReportOf() { return reportOf; }
        public void setReportOf(String reportOf) { this.reportOf = reportOf; }
        public Part getPart() { return part; }
        public void setPart(Part part) { this.part = part; }
        public Integer getExemptParagraph() { return exemptParagraph; }
        public void setExemptParagraph(Integer exemptParagraph) { this.exemptParagraph = exemptParagraph; }
        public boolean isKeyDecision() { return keyDecision; }
        public void setKeyDecision(boolean keyDecision) { this.keyDecision = keyDecision; }
        public String getUrgencyReason() { return urgencyReason; }
        public void setUrgencyReason(String urgencyReason) { this.urgencyReason = urgencyReason; }
        public Long getReportId() { return reportId; }
        public void setReportId(Long reportId) { this.reportId = reportId; }
    }
}

package uk.gov.hwb.board.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.ReorderEvent;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.AgendaItemInput;
import uk.gov.hwb.board.api.ItemPurpose;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingStateDto;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.PackJobDto;
import uk.gov.hwb.board.api.PackJobState;
import uk.gov.hwb.board.api.PackVariant;
import uk.gov.hwb.board.api.Packs;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.PublicationDto;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.board.api.PublishAgenda;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.api.Reports;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.security.Viewer;

/**
 * One meeting for democratic services, built around the job: the header says which meeting, where
 * its publication deadline stands and holds the primary actions (publish, build packs, the packs'
 * links); below it the agenda as a compact table (edit, move up and down by keyboard or by drag,
 * remove), items added and edited in a dialogue, then the reports and the published versions. The
 * state shown comes from {@link Meetings#state}, never worked out here.
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
    private MeetingStateDto state;
    private List<AgendaItemDto> items = new ArrayList<>();
    private List<ReportDto> meetingReports = new ArrayList<>();
    private ItemForm item = new ItemForm();
    private String correctionReason;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        try {
            meeting = meetings.meeting(id, viewer);
            state = meetings.state(id, viewer);
            items = new ArrayList<>(meetings.items(id, viewer));
            meetingReports = reports.reports(id, null, viewer, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        } catch (RuntimeException e) {
            meeting = null;
            state = null;
            Messages.problem(e);
        }
    }

    /** Opens the dialogue empty, to add an item at the end of the agenda. */
    public void newItem() {
        item = new ItemForm();
    }

    /** Opens the dialogue with an item's details, to change them. */
    public void editItem(AgendaItemDto i) {
        item = ItemForm.of(i);
    }

    /** Saves the dialogue: adds the item, or changes the one being edited. */
    public void saveItem() {
        try {
            if (item.id == null) {
                meetings.addItem(id, item.toInput(), viewer);
                Messages.saved("Added '" + item.title + "' as item " + (items.size() + 1) + ".");
            } else {
                meetings.updateItem(id, item.id, item.toInput(), viewer);
                Messages.saved("Saved item " + item.number + ", '" + item.title + "'.");
            }
            item = new ItemForm();
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void remove(AgendaItemDto i) {
        try {
            meetings.removeItem(id, i.id(), viewer);
            Messages.saved("Removed item " + i.number() + ", '" + i.title() + "'; the agenda is renumbered.");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** Drag and drop: the table's rows are already in the new order; store it and renumber. */
    public void reordered(ReorderEvent event) {
        try {
            meetings.reorder(id, items.stream().map(AgendaItemDto::id).toList(), viewer);
            Messages.saved("Agenda reordered: '" + items.get(event.getToIndex()).title() + "' is now item " + (event.getToIndex() + 1) + ".");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
        load();
    }

    /** The keyboard alternative to dragging: swaps an item with the one above it. */
    public void moveUp(AgendaItemDto i) {
        move(i, -1);
    }

    /** The keyboard alternative to dragging: swaps an item with the one below it. */
    public void moveDown(AgendaItemDto i) {
        move(i, 1);
    }

    private void move(AgendaItemDto i, int by) {
        int at = indexOf(i);
        int to = at + by;
        if (at < 0 || to < 0 || to >= items.size()) {
            return;
        }
        List<AgendaItemDto> ordered = new ArrayList<>(items);
        ordered.set(at, ordered.get(to));
        ordered.set(to, i);
        try {
            meetings.reorder(id, ordered.stream().map(AgendaItemDto::id).toList(), viewer);
            Messages.saved("'" + i.title() + "' is now item " + (to + 1) + ".");
            // Keep the keyboard on the item that moved: its button in its new row (the other one at either end).
            String button = by < 0 ? (to > 0 ? "moveUp" : "moveDown") : (to < ordered.size() - 1 ? "moveDown" : "moveUp");
            PrimeFaces.current().ajax().addCallbackParam("focus", "meetingForm:agenda:" + to + ":" + button);
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
        load();
    }

    private int indexOf(AgendaItemDto i) {
        for (int n = 0; n < items.size(); n++) {
            if (items.get(n).id().equals(i.id())) {
                return n;
            }
        }
        return -1;
    }

    /** Freshens the state before the publish dialogue opens, so it names the right version. */
    public void preparePublish() {
        correctionReason = null;
        try {
            state = meetings.state(id, viewer);
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void publish() {
        try {
            PublicationDto published = publications.publish(id, new PublishAgenda(correctionReason), viewer);
            Messages.saved("Published version " + published.number() + ". The public page now shows it, and its packs are being built.");
            if (published.warning() != null) {
                Messages.warning(published.warning());
            }
            correctionReason = null;
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
                state = meetings.state(id, viewer);
            } else if (packJob.state() == PackJobState.FAILED) {
                Messages.problem(new ConflictException(packJob.message()));
            }
        }
    }

    public boolean isBuilding() {
        return packJob != null && packJob.state() == PackJobState.RUNNING;
    }

    /** "Building: 3 of 7 documents done", "Ready: 7 of 7 documents done". */
    public String getPackStatus() {
        return packJob == null ? null
                : packJob.state().label() + ": " + packJob.done() + " of " + packJob.total() + (packJob.total() == 1 ? " document" : " documents")
                + " done" + (packJob.state() == PackJobState.FAILED && packJob.message() != null ? ". " + packJob.message() : ".");
    }

    public PackJobDto getPackJob() { return packJob; }

    /** The pack variants to link, in their usual order. */
    public List<PackVariant> getPackVariants() {
        return state == null ? List.of() : java.util.Arrays.stream(PackVariant.values()).filter(state.packs()::contains).toList();
    }

    public ReportDto report(Long reportId) {
        return reportId == null ? null : meetingReports.stream().filter(r -> r.id().equals(reportId)).findFirst().orElse(null);
    }

    /** Reports not yet on the agenda, and the one the edited item already has: what the item dialogue offers. */
    public List<ReportDto> getReportChoices() {
        return meetingReports;
    }

    public ItemPurpose[] getPurposes() { return ItemPurpose.values(); }
    public Part[] getParts() { return Part.values(); }
    public boolean isClerk() { return viewer.isClerk(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingDto getMeeting() { return meeting; }
    public MeetingStateDto getState() { return state; }
    public List<AgendaItemDto> getItems() { return items; }
    public void setItems(List<AgendaItemDto> items) { this.items = items; }
    public List<ReportDto> getReports() { return meetingReports; }
    public ItemForm getItem() { return item; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String correctionReason) { this.correctionReason = correctionReason; }

    /** The add-or-edit-an-item dialogue. */
    public static class ItemForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private Integer number;
        private long version;
        private boolean late;
        private Long presenterId;
        private String title;
        private ItemPurpose purpose = ItemPurpose.FOR_DECISION;
        private LocalTime startTime;
        private String reportOf;
        private Part part = Part.PART_1;
        private Integer exemptParagraph;
        private boolean keyDecision;
        private String urgencyReason;
        private Long reportId;

        static ItemForm of(AgendaItemDto i) {
            ItemForm f = new ItemForm();
            f.id = i.id();
            f.number = i.number();
            f.version = i.version();
            f.late = i.late();
            f.presenterId = i.presenterId();
            f.title = i.title();
            f.purpose = i.purpose();
            f.startTime = i.startTime();
            f.reportOf = i.reportOf();
            f.part = i.part();
            f.exemptParagraph = i.exemptParagraph();
            f.keyDecision = i.keyDecision();
            f.urgencyReason = i.urgencyReason();
            f.reportId = i.reportId();
            return f;
        }

        AgendaItemInput toInput() {
            return new AgendaItemInput(null, title, purpose, startTime, presenterId, reportOf,
                    part, part == Part.PART_2 ? exemptParagraph : null, keyDecision, late, urgencyReason, reportId, version);
        }

        /** Whether the dialogue edits an existing item (rather than adding one). */
        public boolean isEditing() { return id != null; }
        public Integer getNumber() { return number; }
        public boolean isLate() { return late; }
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

package uk.gov.hwb.board.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.board.api.ActionLog;
import uk.gov.hwb.board.api.ActionLogChanges;
import uk.gov.hwb.board.api.ActionLogEntryDto;
import uk.gov.hwb.board.api.ActionStatus;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.NewActionLogEntry;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.security.Viewer;

/** A meeting's action log for democratic services: actions carried forward until done, and those raised at the meeting. */
@Named
@ViewScoped
public class ActionLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ActionLog log;

    @Inject
    transient Meetings meetings;

    @Inject
    transient People people;

    @Inject
    transient Viewer viewer;

    private Long id;
    private MeetingDto meeting;
    private List<Row> rows = new ArrayList<>();
    private List<AgendaItemDto> items = new ArrayList<>();
    private List<PersonDto> everyone = new ArrayList<>();
    private Long itemId;
    private String description;
    private Long ownerPersonId;
    private String ownerName;
    private LocalDate dueDate;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        try {
            meeting = meetings.meeting(id, viewer);
            rows = new ArrayList<>(log.actions(id, viewer).stream().map(Row::new).toList());
            items = meetings.items(id, viewer);
            everyone = people.people(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        } catch (RuntimeException e) {
            meeting = null;
            Messages.problem(e);
        }
    }

    public void add() {
        try {
            log.add(id, new NewActionLogEntry(itemId, description, ownerPersonId, ownerName, dueDate), viewer);
            Messages.saved("Action added to the log.");
            itemId = null;
            description = null;
            ownerPersonId = null;
            ownerName = null;
            dueDate = null;
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void update(Row row) {
        try {
            log.update(id, row.entry.id(), new ActionLogChanges(row.description, row.entry.ownerPersonId(),
                    row.entry.ownerPersonId() == null ? row.entry.owner() : null, row.dueDate, row.status, row.note, row.entry.version()), viewer);
            Messages.saved("Action updated.");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public ActionStatus[] getStatuses() { return ActionStatus.values(); }
    public boolean isClerk() { return viewer.isClerk(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingDto getMeeting() { return meeting; }
    public List<Row> getRows() { return rows; }
    public List<AgendaItemDto> getItems() { return items; }
    public List<PersonDto> getEveryone() { return everyone; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(Long ownerPersonId) { this.ownerPersonId = ownerPersonId; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }

    /** An action being edited in the log. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ActionLogEntryDto entry;
        private String description;
        private LocalDate dueDate;
        private ActionStatus status;
        private String note;

        Row(ActionLogEntryDto entry) {
            this.entry = entry;
            description = entry.description();
            dueDate = entry.dueDate();
            status = entry.status();
            note = entry.note();
        }

        public ActionLogEntryDto getEntry() { return entry; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
        public ActionStatus getStatus() { return status; }
        public void setStatus(ActionStatus status) { this.status = status; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }
}

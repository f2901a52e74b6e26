package uk.gov.hwb.send.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.period.ReportingPeriod;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.ActionChanges;
import uk.gov.hwb.send.api.ActionDto;
import uk.gov.hwb.send.api.Actions;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.MilestoneDto;
import uk.gov.hwb.send.api.MilestoneInput;
import uk.gov.hwb.send.api.ProgressNoteInput;

/**
 * One action ({@code ?id=}): its owner, status, milestones by plan year (edited in place: add, change,
 * remove) and progress notes. Everything typed stays on the screen when a save is refused.
 */
@Named
@ViewScoped
public class ActionView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A milestone row as the form edits it. */
    public static class MilestoneRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private Integer planYear = 1;
        private String description;
        private LocalDate dueOn;
        private LocalDate completedOn;
        private String state;
        private boolean overdue;

        public Long getId() { return id; }
        public Integer getPlanYear() { return planYear; }
        public void setPlanYear(Integer planYear) { this.planYear = planYear; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
        public LocalDate getCompletedOn() { return completedOn; }
        public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
        public String getState() { return state; }
        public boolean isOverdue() { return overdue; }
    }

    @Inject
    transient Actions actions;

    @Inject
    transient Inspections inspections;

    @Inject
    transient People people;

    @Inject
    transient Viewer viewer;

    private Long id;
    private ActionDto action;
    private String title;
    private String description;
    private Long ownerPersonId;
    private Long ownerOrganisationId;
    private ProgressStatus status;
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private String notePeriod = ReportingPeriod.quarterContaining(LocalDate.now(CouncilCalendar.ZONE)).label();
    private String noteText;

    /** Called by f:viewAction once the parameters are set. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            show(actions.action(id, viewer));
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    private void show(ActionDto dto) {
        action = dto;
        title = dto.title();
        description = dto.description();
        ownerPersonId = dto.ownerPersonId();
        ownerOrganisationId = dto.ownerOrganisationId();
        status = dto.status();
        milestones.clear();
        for (MilestoneDto m : dto.milestones()) {
            MilestoneRow row = new MilestoneRow();
            row.id = m.id();
            row.planYear = m.planYear();
            row.description = m.description();
            row.dueOn = m.dueOn();
            row.completedOn = m.completedOn();
            row.state = m.state();
            row.overdue = m.overdue();
            milestones.add(row);
        }
    }

    public void addMilestone() {
        MilestoneRow row = new MilestoneRow();
        row.planYear = milestones.isEmpty() ? 1 : milestones.get(milestones.size() - 1).planYear;
        milestones.add(row);
    }

    public void removeMilestone(MilestoneRow row) {
        milestones.remove(row);
    }

    public void save() {
        try {
            List<MilestoneInput> given = milestones.stream()
                    .map(m -> new MilestoneInput(m.id, m.planYear, m.description, m.dueOn, m.completedOn)).toList();
            ProgressNoteInput note = noteText == null || noteText.isBlank() ? null : new ProgressNoteInput(notePeriod, noteText);
            show(actions.update(id, new ActionChanges(title, description, ownerPersonId, ownerOrganisationId, status, given, note,
                    action.version()), viewer));
            noteText = null;
            Messages.saved("Action " + action.code() + " saved.");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public boolean isEditor() {
        return inspections.mayEdit(viewer);
    }

    private List<PersonDto> personList;
    private List<OrganisationDto> organisationList;

    /** People and organisations to own actions, read once per screen. */
    public List<PersonDto> getPeople() {
        if (personList == null) {
            personList = people.people(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        }
        return personList;
    }

    public List<OrganisationDto> getOrganisations() {
        if (organisationList == null) {
            organisationList = people.organisations(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        }
        return organisationList;
    }

    public List<Integer> getPlanYears() { return List.of(1, 2, 3, 4, 5); }
    public ProgressStatus[] getStatuses() { return ProgressStatus.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ActionDto getAction() { return action; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(Long ownerPersonId) { this.ownerPersonId = ownerPersonId; }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }
    public void setOwnerOrganisationId(Long ownerOrganisationId) { this.ownerOrganisationId = ownerOrganisationId; }
    public ProgressStatus getStatus() { return status; }
    public void setStatus(ProgressStatus status) { this.status = status; }
    public List<MilestoneRow> getMilestones() { return milestones; }
    public String getNotePeriod() { return notePeriod; }
    public void setNotePeriod(String notePeriod) { this.notePeriod = notePeriod; }
    public String getNoteText() { return noteText; }
    public void setNoteText(String noteText) { this.noteText = noteText; }
}

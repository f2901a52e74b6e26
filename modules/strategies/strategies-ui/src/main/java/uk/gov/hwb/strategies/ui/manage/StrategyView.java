package uk.gov.hwb.strategies.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.strategies.api.ActionDto;
import uk.gov.hwb.strategies.api.ImportResultDto;
import uk.gov.hwb.strategies.api.MeasureDto;
import uk.gov.hwb.strategies.api.Measures;
import uk.gov.hwb.strategies.api.NewAction;
import uk.gov.hwb.strategies.api.NewPeriod;
import uk.gov.hwb.strategies.api.NewPriority;
import uk.gov.hwb.strategies.api.PeriodClosing;
import uk.gov.hwb.strategies.api.PeriodDto;
import uk.gov.hwb.strategies.api.PriorityDto;
import uk.gov.hwb.strategies.api.Strategies;
import uk.gov.hwb.strategies.api.StrategyDto;

/**
 * One strategy: its plan as a tree (priorities → actions → sub-actions, each with its latest status
 * as a badge that carries the word), its periods (update form, summary, closing), its measures, and
 * for its lead the forms to add priorities, actions and periods and to import or export the plan.
 */
@Named
@ViewScoped
public class StrategyView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the plan's tree: a priority or an action, with what the tree shows of it. */
    public record PlanRow(String kind, String code, String title, String lead, String status, String statusLabel, String period,
                          String measuring, String targetDate) implements Serializable {
    }

    @Inject
    transient Strategies strategies;

    @Inject
    transient Measures measures;

    @Inject
    transient People people;

    @Inject
    transient Viewer viewer;

    private long id;
    private StrategyDto strategy;
    private TreeNode<PlanRow> tree;
    private List<MeasureDto> measureList;
    private boolean editor;
    private List<PersonDto> personList;
    private List<OrganisationDto> organisationList;
    private final NewPriorityForm priority = new NewPriorityForm();
    private final NewActionForm action = new NewActionForm();
    private final NewPeriodForm period = new NewPeriodForm();
    private transient UploadedFile sheet;
    private Long importPeriodId;
    private List<String> importProblems = List.of();

    /** The form fields of a new priority. */
    public static class NewPriorityForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer number;
        private String name;
        public Integer getNumber() { return number; }
        public void setNumber(Integer number) { this.number = number; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    /** The form fields of a new action or sub-action. */
    public static class NewActionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String title;
        private Long priorityId;
        private Long parentId;
        private Long leadPersonId;
        private Long leadOrganisationId;
        private String measuring;
        private LocalDate targetDate;
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Long getPriorityId() { return priorityId; }
        public void setPriorityId(Long priorityId) { this.priorityId = priorityId; }
        public Long getParentId() { return parentId; }
        public void setParentId(Long parentId) { this.parentId = parentId; }
        public Long getLeadPersonId() { return leadPersonId; }
        public void setLeadPersonId(Long leadPersonId) { this.leadPersonId = leadPersonId; }
        public Long getLeadOrganisationId() { return leadOrganisationId; }
        public void setLeadOrganisationId(Long leadOrganisationId) { this.leadOrganisationId = leadOrganisationId; }
        public String getMeasuring() { return measuring; }
        public void setMeasuring(String measuring) { this.measuring = measuring; }
        public LocalDate getTargetDate() { return targetDate; }
        public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
    }

    /** The form fields of a new reporting period. */
    public static class NewPeriodForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private LocalDate updatesDue;
        private LocalDate endsOn;
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public LocalDate getUpdatesDue() { return updatesDue; }
        public void setUpdatesDue(LocalDate updatesDue) { this.updatesDue = updatesDue; }
        public LocalDate getEndsOn() { return endsOn; }
        public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    }

    /** f:viewAction: reads the strategy named by the id parameter. */
    public void load() {
        try {
            refresh();
        } catch (NotFoundException e) {
            strategy = null;
            Messages.problem(e);
        }
    }

    private void refresh() {
        strategy = strategies.strategy(id);
        editor = strategies.canEdit(id, viewer);
        measureList = measures.measures(id);
        tree = new DefaultTreeNode<>(new PlanRow("root", "", "", "", null, "", "", "", ""), null);
        for (PriorityDto p : strategy.priorities()) {
            TreeNode<PlanRow> node = new DefaultTreeNode<>("priority", new PlanRow("priority", String.valueOf(p.number()), p.name(), "", null,
                    p.actions().isEmpty() ? "No actions yet" : "", "", "", ""), tree);
            node.setExpanded(true);
            for (ActionDto a : p.actions()) {
                TreeNode<PlanRow> actionNode = new DefaultTreeNode<>("action", row(a), node);
                actionNode.setExpanded(true);
                a.subActions().forEach(s -> new DefaultTreeNode<>("action", row(s), actionNode));
            }
        }
        if (editor && personList == null) {
            personList = people.people(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
            organisationList = people.organisations(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        }
    }

    private static PlanRow row(ActionDto a) {
        String status;
        String label;
        String period = "";
        if (a.hasSubActions()) {
            status = null;
            label = a.subActions().size() + " sub-actions: " + a.subActions().stream()
                    .collect(Collectors.groupingBy(s -> s.latest() == null ? "No update" : s.latest().label(), java.util.LinkedHashMap::new,
                            Collectors.counting()))
                    .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        } else if (a.latest() == null) {
            status = "NO_UPDATE";
            label = "No update";
        } else {
            status = a.latest().status().name();
            label = a.latest().label();
            period = a.latest().periodName();
        }
        return new PlanRow("action", a.code(), a.title(), a.leadName(), status, label, period, a.measuring() == null ? "" : a.measuring(),
                a.targetDate() == null ? "" : a.targetDate().toString());
    }

    public void addPriority() {
        try {
            strategies.addPriority(id, new NewPriority(priority.getNumber(), priority.getName(), null), viewer);
            Messages.saved("Priority " + priority.getNumber() + " added.");
            priority.setNumber(null);
            priority.setName(null);
            refresh();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void addAction() {
        try {
            ActionDto added = strategies.addAction(id, new NewAction(action.getCode(), action.getTitle(), action.getPriorityId(), action.getParentId(),
                    action.getLeadPersonId(), action.getLeadOrganisationId(), action.getMeasuring(), action.getTargetDate()), viewer);
            Messages.saved((added.parentId() == null ? "Action " : "Sub-action ") + added.code() + " added.");
            action.setCode(null);
            action.setTitle(null);
            action.setMeasuring(null);
            refresh();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void addPeriod() {
        try {
            PeriodDto added = strategies.addPeriod(id, new NewPeriod(period.getName(), period.getUpdatesDue(), period.getEndsOn()), viewer);
            Messages.saved("Period " + added.name() + " added: updates are due by " + added.updatesDue() + ".");
            period.setName(null);
            period.setUpdatesDue(null);
            period.setEndsOn(null);
            refresh();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void close(PeriodDto p) {
        try {
            strategies.closePeriod(id, p.id(), new PeriodClosing(null, p.version()), viewer);
            Messages.saved("Period " + p.name() + " closed: its summary is kept as reported; later changes are corrections with a reason.");
            refresh();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void importPlan() {
        importProblems = List.of();
        if (sheet == null || sheet.getSize() == 0) {
            Messages.problem(new InvalidInputException("file", "choose an Excel workbook (.xlsx) to import"));
            return;
        }
        try (InputStream in = sheet.getInputStream()) {
            ImportResultDto result = strategies.importPlan(id, in, importPeriodId, viewer);
            Messages.saved("Imported " + result.rows() + " rows: " + result.actionsAdded() + " actions added, " + result.actionsChanged()
                    + " changed, " + result.prioritiesAdded() + " priorities added, " + result.updatesRecorded() + " updates recorded.");
            refresh();
        } catch (IOException e) {
            Messages.problem(new InvalidInputException("file", "the upload was interrupted; please try again"));
        } catch (RuntimeException e) {
            RuntimeException cause = Validations.unwrap(e);
            if (cause instanceof InvalidInputException invalid && invalid.errors().size() > 0) {
                importProblems = invalid.errors().stream().map(FieldError::message).toList();
                Messages.warning("Nothing was imported: " + invalid.errors().size() + (invalid.errors().size() == 1 ? " problem" : " problems")
                        + " to fix first (listed below).");
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            } else {
                Messages.problem(e);
            }
        }
    }

    /** The financial year a period reports in, as the annual report's address writes it: "2023-24". */
    public String reportYear(PeriodDto p) {
        return uk.gov.hwb.platform.period.FinancialYear.containing(p.endsOn()).label().replace('/', '-');
    }

    /** Top-level actions of the strategy, for choosing a sub-action's action. */
    public List<ActionDto> getParents() {
        List<ActionDto> parents = new ArrayList<>();
        if (strategy != null) {
            strategy.priorities().forEach(p -> parents.addAll(p.actions()));
        }
        return parents;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public StrategyDto getStrategy() { return strategy; }
    public TreeNode<PlanRow> getTree() { return tree; }
    public List<MeasureDto> getMeasures() { return measureList; }
    public boolean isEditor() { return editor; }
    public List<PersonDto> getPeople() { return personList; }
    public List<OrganisationDto> getOrganisations() { return organisationList; }
    public NewPriorityForm getPriority() { return priority; }
    public NewActionForm getAction() { return action; }
    public NewPeriodForm getPeriod() { return period; }
    public UploadedFile getSheet() { return sheet; }
    public void setSheet(UploadedFile sheet) { this.sheet = sheet; }
    public Long getImportPeriodId() { return importPeriodId; }
    public void setImportPeriodId(Long importPeriodId) { this.importPeriodId = importPeriodId; }
    public List<String> getImportProblems() { return importProblems; }
}

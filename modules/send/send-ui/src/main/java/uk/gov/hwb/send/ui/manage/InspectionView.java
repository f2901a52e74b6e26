package uk.gov.hwb.send.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.InspectionChanges;
import uk.gov.hwb.send.api.InspectionDto;
import uk.gov.hwb.send.api.InspectionFramework;
import uk.gov.hwb.send.api.InspectionOutcome;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.Inspectorate;
import uk.gov.hwb.send.api.NewInspection;
import uk.gov.hwb.send.api.NewRecommendation;
import uk.gov.hwb.send.api.RecommendationDto;

/**
 * The inspection (the latest, or {@code ?id=}) and its recommendations; the SEND lead records or
 * corrects the inspection and adds recommendations verbatim.
 */
@Named
@ViewScoped
public class InspectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Inspections inspections;

    @Inject
    transient Viewer viewer;

    private Long id;
    private InspectionDto inspection;
    private List<RecommendationDto> recommendations = List.of();
    private boolean editing;
    private Inspectorate[] inspectorates = {Inspectorate.OFSTED, Inspectorate.CQC};
    private LocalDate startDate;
    private LocalDate endDate;
    private LocalDate publishedOn;
    private InspectionOutcome outcome;
    private Integer number;
    private String text;

    /** Called by f:viewAction once the parameters are set. */
    public void load() {
        try {
            if (id == null) {
                inspection = inspections.inspections(viewer).stream().findFirst().orElse(null);
            } else {
                inspection = inspections.inspection(id, viewer);
            }
            if (inspection != null) {
                id = inspection.id();
                recommendations = inspections.recommendations(id, viewer);
                number = recommendations.size() + 1;
            }
            editing = inspection == null && isEditor();
            fill();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    private void fill() {
        if (inspection != null) {
            inspectorates = inspection.inspectorates().toArray(Inspectorate[]::new);
            startDate = inspection.startDate();
            endDate = inspection.endDate();
            publishedOn = inspection.publishedOn();
            outcome = inspection.outcome();
        }
    }

    public void edit() {
        editing = true;
        fill();
    }

    public void cancel() {
        editing = false;
        fill();
    }

    public void save() {
        try {
            EnumSet<Inspectorate> who = EnumSet.noneOf(Inspectorate.class);
            if (inspectorates != null) {
                who.addAll(java.util.Arrays.asList(inspectorates));
            }
            inspection = inspection == null
                    ? inspections.create(new NewInspection(who, InspectionFramework.AREA_SEND_2023, startDate, endDate, publishedOn, outcome), viewer)
                    : inspections.update(inspection.id(), new InspectionChanges(who, InspectionFramework.AREA_SEND_2023, startDate, endDate,
                            publishedOn, outcome, inspection.version()), viewer);
            id = inspection.id();
            editing = false;
            Messages.saved("Inspection saved. " + inspection.nextInspection());
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void addRecommendation() {
        try {
            inspections.addRecommendation(inspection.id(), new NewRecommendation(number, text), viewer);
            Messages.saved("Recommendation " + number + " added.");
            text = null;
            recommendations = inspections.recommendations(inspection.id(), viewer);
            inspection = inspections.inspection(inspection.id(), viewer);
            number = recommendations.size() + 1;
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public boolean isEditor() {
        return inspections.mayEdit(viewer);
    }

    public Inspectorate[] getAllInspectorates() { return Inspectorate.values(); }
    public InspectionOutcome[] getOutcomes() { return InspectionOutcome.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public InspectionDto getInspection() { return inspection; }
    public List<RecommendationDto> getRecommendations() { return recommendations; }
    public boolean isEditing() { return editing; }
    public Inspectorate[] getInspectorates() { return inspectorates; }
    public void setInspectorates(Inspectorate[] inspectorates) { this.inspectorates = inspectorates; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public InspectionOutcome getOutcome() { return outcome; }
    public void setOutcome(InspectionOutcome outcome) { this.outcome = outcome; }
    public Integer getNumber() { return number; }
    public void setNumber(Integer number) { this.number = number; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}

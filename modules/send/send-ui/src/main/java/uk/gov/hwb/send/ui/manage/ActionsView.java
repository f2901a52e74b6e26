package uk.gov.hwb.send.ui.manage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.ActionDto;
import uk.gov.hwb.send.api.Actions;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.NewAction;
import uk.gov.hwb.send.api.RecommendationDto;

/**
 * The strategic action plan: every action, or one recommendation's ({@code ?recommendation=}), with
 * status, owner and overdue milestones; filter by status or to what is overdue. The SEND lead adds
 * actions to a recommendation here and opens one to change it.
 */
@Named
@ViewScoped
public class ActionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Actions actions;

    @Inject
    transient Inspections inspections;

    @Inject
    transient People people;

    @Inject
    transient Viewer viewer;

    private Long recommendationId;
    private RecommendationDto recommendation;
    private List<ActionDto> all = List.of();
    private boolean overdueOnly;
    private String title;
    private Long ownerPersonId;
    private Long ownerOrganisationId;

    /** Called by f:viewAction once the parameters are set. */
    public void load() {
        try {
            recommendation = recommendationId == null ? null : inspections.recommendation(recommendationId, viewer);
            all = recommendationId == null ? actions.plan(viewer) : actions.actions(recommendationId, viewer);
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public List<ActionDto> getShown() {
        return overdueOnly ? all.stream().filter(a -> a.overdueMilestones() > 0).toList() : all;
    }

    public void add() throws IOException {
        try {
            ActionDto added = actions.add(recommendationId, new NewAction(title, null, ownerPersonId, ownerOrganisationId, ProgressStatus.NOT_STARTED,
                    List.of()), viewer);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.saved("Action " + added.code() + " added. Give it its milestones.");
            FacesContext.getCurrentInstance().getExternalContext().redirect("action.xhtml?id=" + added.id());
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

    public ProgressStatus[] getStatuses() { return ProgressStatus.values(); }
    public Long getRecommendationId() { return recommendationId; }
    public void setRecommendationId(Long recommendationId) { this.recommendationId = recommendationId; }
    public RecommendationDto getRecommendation() { return recommendation; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(Long ownerPersonId) { this.ownerPersonId = ownerPersonId; }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }
    public void setOwnerOrganisationId(Long ownerOrganisationId) { this.ownerOrganisationId = ownerOrganisationId; }
}

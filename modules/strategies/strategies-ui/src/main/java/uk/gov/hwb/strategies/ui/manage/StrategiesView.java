package uk.gov.hwb.strategies.ui.manage;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.platform.seats.BodyRef;
import uk.gov.hwb.platform.seats.Seats;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.strategies.api.NewStrategy;
import uk.gov.hwb.strategies.api.Strategies;
import uk.gov.hwb.strategies.api.StrategyDto;

/** The list of strategies (paged, sorted, filtered) and, for strategy leads, adding one. */
@Named
@ViewScoped
public class StrategiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Strategies strategies;

    @Inject
    transient People people;

    @Inject
    transient Seats seats;

    @Inject
    transient Viewer viewer;

    private List<StrategyDto> all;
    private List<BodyRef> bodies;
    private List<OrganisationDto> organisations;
    private String name;
    private String description;
    private Integer from;
    private Integer to;
    private Long bodyId;
    private Long organisationId;
    private List<String> statuses = new ArrayList<>(List.of("ON_COURSE", "SOME_SLIPPAGE", "AT_RISK", "UNDER_REVIEW"));

    @PostConstruct
    void load() {
        all = strategies.strategies(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        if (isCanCreate()) {
            bodies = seats.bodies();
            organisations = people.organisations(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        }
    }

    public boolean isCanCreate() {
        return viewer.hasAny(Role.STRATEGY_LEAD, Role.ADMIN);
    }

    public void create() throws IOException {
        try {
            StrategyDto created = strategies.create(new NewStrategy(name, description, from, to, organisationId, bodyId, null,
                    statuses.stream().map(ProgressStatus::valueOf).toList()), viewer);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.saved("Strategy added. Add its priorities, actions and reporting periods.");
            FacesContext.getCurrentInstance().getExternalContext().redirect("strategy.xhtml?id=" + created.id());
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public ProgressStatus[] getAllStatuses() { return ProgressStatus.values(); }
    public List<StrategyDto> getStrategies() { return all; }
    public List<BodyRef> getBodies() { return bodies; }
    public List<OrganisationDto> getOrganisations() { return organisations; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public Integer getTo() { return to; }
    public void setTo(Integer to) { this.to = to; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public List<String> getStatuses() { return statuses; }
    public void setStatuses(List<String> statuses) { this.statuses = statuses; }
}

package uk.gov.hwb.strategies.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.strategies.api.StatusUpdates;
import uk.gov.hwb.strategies.api.Strategies;
import uk.gov.hwb.strategies.api.StrategyDto;
import uk.gov.hwb.strategies.api.UpdateDueDto;

/** The module's home page: the updates the signed-in lead owes (overdue first) and the strategies. */
@Named
@ViewScoped
public class StrategiesHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StatusUpdates updates;

    @Inject
    transient Strategies strategies;

    @Inject
    transient Viewer viewer;

    private List<UpdateDueDto> due;
    private List<StrategyDto> all;
    private boolean linked;

    @PostConstruct
    void load() {
        due = updates.dueFor(viewer);
        all = strategies.strategies(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        linked = viewer.personId() != null;
    }

    public List<UpdateDueDto> getDue() { return due; }
    public long getOverdue() { return due.stream().filter(UpdateDueDto::overdue).count(); }
    public List<StrategyDto> getStrategies() { return all; }
    public boolean isLinked() { return linked; }
}

package uk.gov.hwb.board.ui.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.hwb.board.api.ForwardPlan;
import uk.gov.hwb.board.api.ForwardPlanEntryDto;
import uk.gov.hwb.platform.security.Viewer;

/** The published forward plan of the executive's key decisions, with its PDF. */
@Named
@RequestScoped
public class PublicForwardPlanView {

    @Inject
    ForwardPlan plan;

    @Inject
    Viewer viewer;

    private List<ForwardPlanEntryDto> entries;

    @PostConstruct
    void load() {
        entries = plan.entries(null, false, viewer);
    }

    public List<ForwardPlanEntryDto> getEntries() { return entries; }
}

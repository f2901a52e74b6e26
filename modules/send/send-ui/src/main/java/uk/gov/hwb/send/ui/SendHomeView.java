package uk.gov.hwb.send.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.measures.MeasureStatus;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.ActionDto;
import uk.gov.hwb.send.api.Actions;
import uk.gov.hwb.send.api.AnnualUpdates;
import uk.gov.hwb.send.api.InspectionDto;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.MetricDto;
import uk.gov.hwb.send.api.Metrics;
import uk.gov.hwb.send.api.SefDto;
import uk.gov.hwb.send.api.SefSummaryDto;
import uk.gov.hwb.send.api.SelfEvaluations;

/** The SEND partnership's home: the inspection and what follows from it, and where the plan, the SEF and the metrics stand. */
@Named
@ViewScoped
public class SendHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Inspections inspections;

    @Inject
    transient Actions actions;

    @Inject
    transient SelfEvaluations sefs;

    @Inject
    transient Metrics metrics;

    @Inject
    transient AnnualUpdates updates;

    @Inject
    transient Viewer viewer;

    private boolean reader;
    private InspectionDto inspection;
    private int actionCount;
    private int overdue;
    private SefDto latestSef;
    private int metricCount;
    private int worse;
    private List<String> years = List.of();

    @PostConstruct
    void load() {
        reader = inspections.mayRead(viewer);
        if (!reader) {
            return;
        }
        try {
            inspection = inspections.inspections(viewer).stream().findFirst().orElse(null);
            List<ActionDto> plan = actions.plan(viewer);
            actionCount = plan.size();
            overdue = plan.stream().mapToInt(ActionDto::overdueMilestones).sum();
            List<SefSummaryDto> versions = sefs.versions(viewer);
            latestSef = versions.isEmpty() ? null : sefs.version(versions.get(0).number(), viewer);
            List<MetricDto> all = metrics.metrics(viewer);
            metricCount = all.size();
            worse = (int) all.stream().filter(m -> m.latest() != null && m.latest().status() == MeasureStatus.WORSE).count();
            years = updates.years(viewer);
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public boolean isReader() { return reader; }
    public boolean isEditor() { return inspections.mayEdit(viewer); }
    public InspectionDto getInspection() { return inspection; }
    public int getActionCount() { return actionCount; }
    public int getOverdue() { return overdue; }
    public SefDto getLatestSef() { return latestSef; }
    public int getMetricCount() { return metricCount; }
    public int getWorse() { return worse; }
    public List<String> getYears() { return years; }
}

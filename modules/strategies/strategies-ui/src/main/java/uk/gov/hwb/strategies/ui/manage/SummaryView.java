package uk.gov.hwb.strategies.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.strategies.api.CorrectionDto;
import uk.gov.hwb.strategies.api.PrioritySummaryDto;
import uk.gov.hwb.strategies.api.ProgressSummaries;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.StatusUpdates;

/**
 * A period's progress summary: the overall mix with the change since the previous period, the mix
 * per priority as a table and as a chart (a stacked bar per priority; the table is the chart's text),
 * key impacts and slippages; for a closed period, the summary as reported and the corrections since.
 */
@Named
@ViewScoped
public class SummaryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgressSummaries summaries;

    @Inject
    transient StatusUpdates updates;

    private long strategyId;
    private long periodId;
    private String as;
    private ProgressSummaryDto summary;
    private List<CorrectionDto> corrections = List.of();
    private String chart;

    /** f:viewAction. */
    public void load() {
        try {
            summary = summaries.summary(strategyId, periodId, "reported".equals(as));
            corrections = summary.closed() ? updates.corrections(strategyId, periodId) : List.of();
            chart = chart(summary);
        } catch (NotFoundException e) {
            summary = null;
            Messages.problem(e);
        }
    }

    /** Chart.js configuration: one horizontal stacked bar per priority, one dataset per column, coloured as the badges. */
    static String chart(ProgressSummaryDto s) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        s.priorities().forEach(p -> labels.add(p.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (String column : s.columns()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (PrioritySummaryDto p : s.priorities()) {
                data.add(p.shares().get(column));
            }
            datasets.add(Json.createObjectBuilder().add("label", ProgressSummaryDto.columnLabel(column)).add("data", data)
                    .add("backgroundColor", colour(column)).add("borderColor", "#0b0c0c").add("borderWidth", 1));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true).add("max", 100)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "Share of actions (%)")))
                                .add("y", Json.createObjectBuilder().add("stacked", true)
                                        .add("ticks", Json.createObjectBuilder().add("autoSkip", false))))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /** The badges' colours (see strategies.css), so the chart's legend and the badges agree. */
    static String colour(String column) {
        return switch (column) {
            case "ON_COURSE" -> "#00703c";
            case "SOME_SLIPPAGE" -> "#ffdd00";
            case "AT_RISK" -> "#d4351c";
            case "UNDER_REVIEW" -> "#1d70b8";
            case "COMPLETE" -> "#005a30";
            case "NOT_STARTED" -> "#505a5f";
            default -> "#dddddd";
        };
    }

    public boolean isReported() {
        return summary != null && summary.asReported();
    }

    public long getStrategyId() { return strategyId; }
    public void setStrategyId(long strategyId) { this.strategyId = strategyId; }
    public long getPeriodId() { return periodId; }
    public void setPeriodId(long periodId) { this.periodId = periodId; }
    public String getAs() { return as; }
    public void setAs(String as) { this.as = as; }
    public ProgressSummaryDto getSummary() { return summary; }
    public List<CorrectionDto> getCorrections() { return corrections; }
    public String getChart() { return chart; }
}

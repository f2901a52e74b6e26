package uk.gov.hwb.strategies.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.strategies.api.ProgressSummaries;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.TrendDto;
import uk.gov.hwb.strategies.api.TrendPointDto;

/** The trend of a strategy's status mix across its periods, as a table and a line chart (the table is the chart's text). */
@Named
@ViewScoped
public class TrendView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgressSummaries summaries;

    private long strategyId;
    private TrendDto trend;
    private String chart;

    /** f:viewAction. */
    public void load() {
        try {
            trend = summaries.trend(strategyId);
            JsonArrayBuilder labels = Json.createArrayBuilder();
            trend.points().forEach(p -> labels.add(p.periodName()));
            JsonArrayBuilder datasets = Json.createArrayBuilder();
            for (String column : trend.columns()) {
                JsonArrayBuilder data = Json.createArrayBuilder();
                for (TrendPointDto p : trend.points()) {
                    data.add(p.overall().shares().get(column));
                }
                datasets.add(Json.createObjectBuilder().add("label", ProgressSummaryDto.columnLabel(column)).add("data", data)
                        .add("borderColor", SummaryView.colour(column)).add("backgroundColor", SummaryView.colour(column)).add("fill", false));
            }
            chart = Json.createObjectBuilder().add("type", "line")
                    .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                    .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                            .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                    .add("title", Json.createObjectBuilder().add("display", true).add("text", "Share of actions (%)"))))
                            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                    .build().toString();
        } catch (NotFoundException e) {
            trend = null;
            Messages.problem(e);
        }
    }

    public long getStrategyId() { return strategyId; }
    public void setStrategyId(long strategyId) { this.strategyId = strategyId; }
    public TrendDto getTrend() { return trend; }
    public String getChart() { return chart; }
}

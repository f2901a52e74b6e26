package uk.gov.hwb.strategies.control;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.reports.Rendering;
import uk.gov.hwb.strategies.api.KeyImpactDto;
import uk.gov.hwb.strategies.api.PrioritySummaryDto;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.SlippageDto;
import uk.gov.hwb.strategies.api.StatusMixDto;

/**
 * Lays a progress summary out as seed 003 does, for the {@code strategies/progress-summary}
 * template: the overall status mix for the period with the comparison to the previous period and
 * the difference in points; the mix of every priority; then each priority's counts, key impacts
 * (the impact stories) and slippages (what is measured and what is being done to address it).
 */
public final class SummaryLayout {

    public static final String TEMPLATE = "strategies/progress-summary";
    private static final int MAX_COLUMNS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private SummaryLayout() {
    }

    public static String title(ProgressSummaryDto s) {
        return s.strategyName() + ": progress summary, " + s.periodName();
    }

    public static Rendering rendering(ProgressSummaryDto s) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(text("h2", "Overall progress"));
        rows.add(header("", s.columns()));
        rows.add(row("Overall total, " + s.periodName(), s.columns(), s.overall(), false));
        rows.add(counts("Number of actions", s.columns(), s.overall(), s.previousOverall() == null));
        if (s.previousOverall() != null) {
            rows.add(row("Comparison to " + s.previousPeriodName(), s.columns(), s.previousOverall(), false));
            rows.add(changes("Difference compared to " + s.previousPeriodName() + " (points)", s.columns(), s.overall()));
        }
        rows.add(text("h2", "Progress by priority"));
        rows.add(header("Priority (actions)", s.columns()));
        for (int i = 0; i < s.priorities().size(); i++) {
            PrioritySummaryDto p = s.priorities().get(i);
            rows.add(row(p.label() + " (" + p.total() + ")", s.columns(), mixOf(p), i == s.priorities().size() - 1));
        }
        for (PrioritySummaryDto p : s.priorities()) {
            rows.add(text("h2", p.label()));
            rows.add(text("p", sentence(p, s.columns())));
            if (!p.keyImpacts().isEmpty()) {
                rows.add(text("h3", "Key impacts"));
                for (KeyImpactDto impact : p.keyImpacts()) {
                    rows.add(text("item", impact.code() + " " + impact.title()));
                    if (impact.impact() != null) {
                        rows.add(text("p", impact.impact()));
                    }
                }
            }
            if (!p.slippages().isEmpty()) {
                rows.add(text("h3", "Slippages"));
                for (SlippageDto slip : p.slippages()) {
                    rows.add(text("item", slip.code() + " " + slip.title() + " (" + slip.status().label() + ")"));
                    if (slip.measuring() != null) {
                        rows.add(field("What are we measuring?", slip.measuring()));
                    }
                    if (slip.commentary() != null) {
                        rows.add(field("Status notes", slip.commentary()));
                    }
                    rows.add(field("What are we doing to address this?", slip.mitigation() == null ? "Not stated." : slip.mitigation()));
                }
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", title(s));
        parameters.put("subtitle", subtitle(s));
        return new Rendering(TEMPLATE, parameters, rows, title(s), "Board Papers & Partnership Performance",
                "Progress summary, " + s.periodName());
    }

    static String subtitle(ProgressSummaryDto s) {
        StringBuilder text = new StringBuilder();
        text.append(s.overall().total()).append(" actions (sub-actions where an action has them) in ").append(s.priorities().size())
                .append(s.priorities().size() == 1 ? " priority" : " priorities");
        text.append(s.previousPeriodName() == null ? "." : ", compared with " + s.previousPeriodName() + ".");
        text.append(" Shares are of all the actions, to one decimal place; an action without an update counts as No update;"
                + " the difference is that of the shares shown, in percentage points.");
        if (s.asReported() && s.reportedAt() != null) {
            text.append(" As reported on ").append(DAY.format(s.reportedAt().atZoneSameInstant(CouncilCalendar.ZONE))).append('.');
        } else if (s.closed() && s.corrections() > 0) {
            text.append(" Includes ").append(s.corrections()).append(s.corrections() == 1 ? " correction" : " corrections")
                    .append(" made after the period closed.");
        }
        return text.toString();
    }

    /** "34 actions: 30 On course (88.2%), 4 Under review (11.8%)." — only the statuses in use. */
    static String sentence(PrioritySummaryDto p, List<String> columns) {
        String parts = columns.stream().filter(c -> p.counts().getOrDefault(c, 0) > 0)
                .map(c -> p.counts().get(c) + " " + ProgressSummaryDto.columnLabel(c) + " (" + p.shares().get(c).toPlainString() + "%)")
                .collect(Collectors.joining(", "));
        return p.total() + (p.total() == 1 ? " action" : " actions") + (parts.isEmpty() ? "." : ": " + parts + ".");
    }

    private static StatusMixDto mixOf(PrioritySummaryDto p) {
        return new StatusMixDto(p.total(), p.counts(), p.shares(), p.changes());
    }

    private static Map<String, Object> text(String kind, String text) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("text", text);
        return row;
    }

    private static Map<String, Object> field(String label, String text) {
        Map<String, Object> row = text("field", text);
        row.put("label", label);
        return row;
    }

    private static Map<String, Object> header(String label, List<String> columns) {
        return cells("th", label, columns.stream().map(ProgressSummaryDto::columnLabel).toList(), false);
    }

    private static Map<String, Object> row(String label, List<String> columns, StatusMixDto mix, boolean last) {
        return cells("tr", label, columns.stream().map(c -> mix.shares().get(c).toPlainString() + "%").toList(), last);
    }

    private static Map<String, Object> counts(String label, List<String> columns, StatusMixDto mix, boolean last) {
        return cells("tr", label, columns.stream().map(c -> String.valueOf(mix.counts().get(c))).toList(), last);
    }

    private static Map<String, Object> changes(String label, List<String> columns, StatusMixDto mix) {
        return cells("tr", label, columns.stream().map(c -> {
            BigDecimal change = mix.changes().get(c);
            return change == null ? "" : ProgressSummary.signed(change);
        }).toList(), true);
    }

    private static Map<String, Object> cells(String kind, String label, List<String> values, boolean last) {
        if (values.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("The summary prints at most " + MAX_COLUMNS + " columns, not " + values.size());
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("label", label);
        row.put("last", last);
        for (int i = 0; i < MAX_COLUMNS; i++) {
            row.put("c" + (i + 1), i < values.size() ? values.get(i) : null);
        }
        return row;
    }
}

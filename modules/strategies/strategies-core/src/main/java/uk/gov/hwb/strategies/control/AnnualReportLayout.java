package uk.gov.hwb.strategies.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.reports.Rendering;
import uk.gov.hwb.strategies.api.AnnualReportDto;

/**
 * Lays an annual report out as seed 002's item 9 does, for the {@code strategies/annual-report}
 * template: per strategy its purpose, then per priority "What we achieved" (each action's updates of
 * the year, key impacts first) and "Focus for the year ahead".
 */
public final class AnnualReportLayout {

    public static final String TEMPLATE = "strategies/annual-report";

    private AnnualReportLayout() {
    }

    public static Rendering rendering(AnnualReportDto report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AnnualReportDto.Part part : report.strategies()) {
            rows.add(row("h2", part.name()));
            if (part.description() != null) {
                rows.add(row("p", part.description()));
            }
            for (AnnualReportDto.Section section : part.priorities()) {
                rows.add(row("h3", section.number() + ". " + section.name()));
                rows.add(row("h4", "What we achieved"));
                if (section.achievements().isEmpty()) {
                    rows.add(row("p", "No updates were recorded for this priority in " + report.months() + "."));
                }
                String current = null;
                for (AnnualReportDto.Achievement a : section.achievements()) {
                    String heading = a.code() + " " + a.title();
                    if (!heading.equals(current)) {
                        rows.add(row("item", heading + " (" + a.status() + (a.keyImpact() ? ", key impact" : "") + ")"));
                        current = heading;
                    }
                    if (a.text() != null) {
                        rows.add(row("bullet", a.text()));
                    }
                }
                rows.add(row("h4", "Focus for the year ahead"));
                rows.add(row("p", section.focus() == null ? "Not yet written." : section.focus()));
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", report.title());
        parameters.put("subtitle", report.strategies().size() > 1
                ? String.join(" / ", report.strategies().stream().map(AnnualReportDto.Part::name).toList()) : null);
        parameters.put("note", "Drawn from the status updates recorded for the periods ending in " + report.months()
                + ", and each priority's focus for the year ahead.");
        return new Rendering(TEMPLATE, parameters, rows, report.title(), "Board Papers & Partnership Performance",
                "Annual report " + report.year());
    }

    private static Map<String, Object> row(String kind, String text) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("text", text);
        return row;
    }
}

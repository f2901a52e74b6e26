package uk.gov.hwb.board.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.reports.PageRange;
import uk.gov.hwb.reports.PdfRenderer;
import uk.gov.hwb.reports.Rendering;

/**
 * The board's printed documents (the pack's front sheet and the standard report), mapped to the
 * templates {@code board/front-sheet} and {@code board/report} and rendered by the one PDF engine.
 */
@ApplicationScoped
public class BoardDocuments {

    private final PdfRenderer renderer;

    @Inject
    public BoardDocuments(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** For CDI's proxy only. */
    protected BoardDocuments() {
        this(null);
    }

    /** The front sheet, with each item's page range where known. */
    public byte[] frontSheet(FrontSheet sheet, Map<Integer, PageRange> ranges) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("council", sheet.council());
        parameters.put("address", sheet.address());
        parameters.put("packTitle", sheet.packTitle());
        parameters.put("heading", sheet.heading());
        parameters.put("meeting", sheet.meeting());
        parameters.put("venue", sheet.venue());
        parameters.put("issued", sheet.issued());
        parameters.put("introduction", sheet.introduction());
        parameters.put("contact", sheet.contact());
        parameters.put("accessibility", sheet.accessibility());
        List<Map<String, ?>> rows = sheet.items().stream().<Map<String, ?>>map(e -> {
            PageRange range = ranges.get(e.number());
            Map<String, Object> row = new HashMap<>();
            row.put("number", String.valueOf(e.number()));
            row.put("title", e.title() + (range == null ? "" : " (" + range.label() + ")"));
            String reportOf = e.reportOf() == null ? null : "Report of " + e.reportOf();
            String presenter = e.presenter() == null ? null : "Presented by " + e.presenter();
            row.put("reportOf", reportOf == null ? presenter : presenter == null ? reportOf : reportOf + ". " + presenter);
            return row;
        }).toList();
        return renderer.render(new Rendering("board/front-sheet", parameters, rows, sheet.packTitle() + " – " + sheet.heading(),
                sheet.council(), sheet.packTitle()));
    }

    /** A report to the standard template: cover table, then each section's heading with its numbered paragraphs and list items. */
    public byte[] report(ReportDocument report) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("meeting", report.meeting());
        parameters.put("date", report.date());
        parameters.put("classification", report.classification());
        parameters.put("keyDecision", report.keyDecision());
        parameters.put("title", report.title());
        parameters.put("executiveDirector", report.executiveDirector());
        parameters.put("reportAuthor", report.reportAuthor());
        parameters.put("executiveCouncillor", report.executiveCouncillor());
        List<Map<String, ?>> rows = report.lines().stream().<Map<String, ?>>map(line -> {
            Map<String, Object> row = new HashMap<>();
            row.put("section", line.section());
            row.put("number", line.number());
            row.put("marker", line.marker());
            row.put("text", line.text());
            return row;
        }).toList();
        return renderer.render(new Rendering("board/report", parameters, rows, report.title(), report.reportAuthor(),
                report.meeting() + ", " + report.date()));
    }
}

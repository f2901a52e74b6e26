package uk.gov.hwb.send.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.reports.PdfRenderer;
import uk.gov.hwb.reports.Rendering;
import uk.gov.hwb.send.api.AnnualUpdateDto;
import uk.gov.hwb.send.api.AnnualUpdateEntryDto;
import uk.gov.hwb.send.api.AnswerRef;
import uk.gov.hwb.send.api.InspectionDto;
import uk.gov.hwb.send.api.MetricDto;
import uk.gov.hwb.send.api.MetricValueDto;
import uk.gov.hwb.send.api.SefAreaDto;
import uk.gov.hwb.send.api.SefDto;
import uk.gov.hwb.send.api.SefEntryDto;
import uk.gov.hwb.send.api.SefPriorityDto;
import uk.gov.hwb.send.api.SefSection;
import uk.gov.hwb.send.api.SefStatus;

/**
 * The send module's papers, drawn from its data: the SEF (a chosen version, with what answers each
 * key issue and improvement, and what nothing answers yet), the annual update per recommendation
 * (laid out like the partnership's leaflet, seed 002 item 7 appendix 1) and the metrics summary. Maps
 * the facades' DTOs to plain rows for the templates under {@code reports/.../send/} and renders
 * them through the one PDF pipeline (tagged PDF/UA).
 */
@ApplicationScoped
public class SendPapers {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    PdfRenderer renderer;

    @Inject
    @ConfigProperty(name = "hwb.send.partnership", defaultValue = "Southend SEND Area Partnership")
    String partnership;

    @Inject
    @ConfigProperty(name = "hwb.council.name", defaultValue = "Southend-on-Sea City Council")
    String council;

    public GeneratedDocument sef(SefDto sef) {
        Rendering rendering = sef(sef, partnership, council);
        return new GeneratedDocument(rendering.title(), renderer.render(rendering));
    }

    public GeneratedDocument annualUpdate(AnnualUpdateDto update, InspectionDto inspection) {
        Rendering rendering = annualUpdate(update, inspection, partnership, council);
        return new GeneratedDocument(rendering.title(), renderer.render(rendering));
    }

    public GeneratedDocument metrics(List<MetricDto> metrics) {
        Rendering rendering = metrics(metrics, LocalDate.now(CouncilCalendar.ZONE), partnership, council);
        return new GeneratedDocument(rendering.title(), renderer.render(rendering));
    }

    /** The document title of a SEF version: "Self Evaluation Framework, version 1 (10 October 2024)". */
    public static String sefTitle(int number, LocalDate date) {
        return "SEND Self Evaluation Framework, version " + number + " (" + DATE.format(date) + ")";
    }

    public static String annualUpdateTitle(String yearLabel) {
        return "SEND strategic action plan: annual update " + yearLabel;
    }

    static Rendering sef(SefDto sef, String partnership, String council) {
        List<Map<String, ?>> rows = new ArrayList<>();
        Map<String, SefEntryDto> trace = sef.entries().stream()
                .collect(Collectors.toMap(e -> e.section() + "/" + e.area() + "/" + e.position(), e -> e, (a, b) -> a));
        rows.add(row("h2", "Part A: context, the needs of children and young people with SEND, and key issues in our local area"));
        if (sef.context() != null) {
            for (String paragraph : sef.context().split("\n\n")) {
                rows.add(row("p", paragraph));
            }
        }
        rows.add(row("h3", "Key issues"));
        if (sef.keyIssues().isEmpty()) {
            rows.add(row("p", "No key issues are recorded."));
        }
        for (int i = 0; i < sef.keyIssues().size(); i++) {
            rows.add(row("li", sef.keyIssues().get(i)));
            rows.add(row("note", answeredBy(trace.get(SefSection.KEY_ISSUE + "/null/" + (i + 1)))));
        }
        rows.add(row("h2", "Part B: assessment of current arrangements and their impact for children and young people with SEND"));
        for (SefAreaDto area : sef.areas()) {
            rows.add(row("h3", area.number() + ". " + area.title()));
            list(rows, "What we do well", area.doWell());
            list(rows, "Impact on outcomes", area.impact());
            rows.add(row("h4", "What do we need to do to improve?"));
            if (area.improve().isEmpty()) {
                rows.add(row("p", "Nothing recorded."));
            }
            for (int i = 0; i < area.improve().size(); i++) {
                rows.add(row("li", area.improve().get(i)));
                rows.add(row("note", answeredBy(trace.get(SefSection.IMPROVE + "/" + area.number() + "/" + (i + 1)))));
            }
        }
        rows.add(row("h2", "Part C: actions and priorities for the next 12 months"));
        if (sef.priorities().isEmpty()) {
            rows.add(row("p", "No priorities are recorded."));
        }
        for (SefPriorityDto group : sef.priorities()) {
            rows.add(row("h3", "Recommendation " + group.recommendation()));
            if (group.recommendationText() != null) {
                rows.add(row("quote", group.recommendationText()));
            }
            group.items().forEach(item -> rows.add(row("li", item)));
        }
        String status = sef.status() == SefStatus.AGREED
                ? "Agreed on " + DATE.format(sef.agreedOn()) + (sef.agreedMeetingId() == null ? "" : " (meeting " + sef.agreedMeetingId() + ")")
                : "Draft: not yet agreed";
        String traced = sef.entries().isEmpty() ? "" : " " + sef.unanswered() + " of the " + sef.entries().size()
                + " key issues and improvements are not yet answered by any action or metric.";
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("partnership", partnership);
        parameters.put("heading", "Special Educational Needs and Disabilities (SEND) Self Evaluation");
        parameters.put("subtitle", "Version " + sef.number() + ", dated " + DATE.format(sef.date()) + ". " + status + "." + traced);
        return new Rendering("send/sef", parameters, rows, sefTitle(sef.number(), sef.date()), council, partnership + ": self evaluation");
    }

    private static void list(List<Map<String, ?>> rows, String heading, List<String> items) {
        rows.add(row("h4", heading));
        if (items.isEmpty()) {
            rows.add(row("p", "Nothing recorded."));
        }
        items.forEach(item -> rows.add(row("li", item)));
    }

    /** "Answered by action 4.1 Complete the JSNA (On course); metric Persistent absence …", or that nothing answers it yet. */
    static String answeredBy(SefEntryDto entry) {
        if (entry == null || !entry.answered()) {
            return "Not yet answered by any action or metric.";
        }
        String actions = entry.actions().stream().map(AnswerRef::label).collect(Collectors.joining("; "));
        String metrics = entry.metrics().stream().map(AnswerRef::label).collect(Collectors.joining("; "));
        return "Answered by " + Stream.of(actions.isEmpty() ? null : (entry.actions().size() == 1 ? "action " : "actions ") + actions,
                metrics.isEmpty() ? null : (entry.metrics().size() == 1 ? "metric " : "metrics ") + metrics)
                .filter(java.util.Objects::nonNull).collect(Collectors.joining("; ")) + ".";
    }

    static Rendering annualUpdate(AnnualUpdateDto update, InspectionDto inspection, String partnership, String council) {
        List<Map<String, ?>> rows = new ArrayList<>();
        if (inspection != null) {
            String when = inspection.startDate().getMonth() == inspection.endDate().getMonth()
                    ? DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(inspection.startDate())
                    : DATE.format(inspection.startDate()) + " to " + DATE.format(inspection.endDate());
            rows.add(row("p", "In " + when + " the local area partnership was subject to an area SEND inspection by " + inspection.inspectedBy()
                    + " under the " + inspection.frameworkLabel() + "."
                    + (inspection.outcomeWording() == null ? "" : " The inspection found that “" + inspection.outcomeWording() + "”")));
            if (inspection.publishedOn() != null) {
                rows.add(row("p", "The report was published on " + DATE.format(inspection.publishedOn()) + "; the strategic action plan answering its "
                        + inspection.recommendations() + " recommendations was due by " + DATE.format(inspection.actionPlanDue()) + ". "
                        + inspection.nextInspection()));
            }
        }
        rows.add(row("p", "This update sets out, for each recommendation, what we did in " + update.yearLabel()
                + ", the difference it made and our priority for " + update.priorityYearLabel() + "."));
        for (AnnualUpdateEntryDto entry : update.updates()) {
            if (entry.version() == null) {
                continue;
            }
            rows.add(row("h2", "Recommendation: " + entry.recommendationNumber()));
            rows.add(row("quote", entry.recommendation()));
            if (entry.wanted() != null) {
                rows.add(labelled("What we wanted:", entry.wanted()));
            }
            rows.add(row("h3", "What we did:"));
            if (entry.did().isEmpty()) {
                rows.add(row("p", "Nothing recorded."));
            }
            entry.did().forEach(d -> rows.add(row("li", d)));
            if (entry.difference() != null) {
                rows.add(labelled("The difference it made:", entry.difference()));
            }
            if (entry.priority() != null) {
                rows.add(labelled("Priority " + update.priorityYearLabel() + ":", entry.priority()));
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("partnership", partnership);
        parameters.put("heading", "Update on key strategic activity and next steps");
        parameters.put("subtitle", "Annual update " + update.yearLabel());
        return new Rendering("send/annual-update", parameters, rows, annualUpdateTitle(update.yearLabel()), council,
                partnership + ": strategic action plan annual update");
    }

    static Rendering metrics(List<MetricDto> metrics, LocalDate asAt, String partnership, String council) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (MetricDto metric : metrics) {
            MetricValueDto latest = metric.latest();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", metric.name());
            row.put("period", latest == null ? "–" : latest.periodLabel());
            row.put("value", latest == null ? "No data" : latest.valueText());
            row.put("comparator", latest == null || latest.comparatorText() == null ? "–" : latest.comparatorText() + " (" + metric.comparatorName() + ")");
            row.put("judgement", latest == null ? "No data for this metric yet." : latest.sentence()
                    + (latest.neighbourSentence() == null ? "" : " Statistical neighbours: " + latest.neighbourSentence()));
            row.put("trend", metric.trendSentence());
            rows.add(row);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("partnership", partnership);
        parameters.put("heading", "SEND metrics: latest figures against their comparators");
        parameters.put("subtitle", "As at " + DATE.format(asAt) + ". Each figure is judged against its comparator by the direction that is better;"
                + " differences of percentages are in percentage points; counts that describe demand are not judged.");
        return new Rendering("send/metrics", parameters, rows, "SEND metrics, " + DATE.format(asAt), council, partnership + ": SEND metrics");
    }

    private static Map<String, ?> row(String kind, String text) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("label", null);
        row.put("text", text);
        return row;
    }

    private static Map<String, ?> labelled(String label, String text) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", "labelled");
        row.put("label", label);
        row.put("text", text);
        return row;
    }
}

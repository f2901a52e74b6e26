package uk.gov.hwb.board.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.hwb.board.api.ForwardPlanEntryDto;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.reports.PdfRenderer;
import uk.gov.hwb.reports.Rendering;

/** The published forward plan of key decisions (template {@code board/record}, tagged PDF/UA). */
@ApplicationScoped
public class ForwardPlanDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PdfRenderer renderer;

    @Inject
    public ForwardPlanDocument(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** For CDI's proxy only. */
    protected ForwardPlanDocument() {
        this(null);
    }

    public byte[] render(List<ForwardPlanEntryDto> entries, String bodyName) {
        return renderer.render(rendering(entries, bodyName, LocalDate.now(CouncilCalendar.ZONE)));
    }

    public static Rendering rendering(List<ForwardPlanEntryDto> entries, String bodyName, LocalDate published) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", "Forward Plan of Key Decisions");
        parameters.put("label1", "Decision makers");
        parameters.put("value1", bodyName == null ? "The executive" : bodyName);
        parameters.put("label2", "Published");
        parameters.put("value2", DAY.format(published));
        parameters.put("label3", "Period");
        parameters.put("value3", entries.isEmpty() ? "No decisions are planned." : DAY.format(entries.get(0).decisionDue()) + " to "
                + DAY.format(entries.get(entries.size() - 1).decisionDue()));
        parameters.put("label4", "Notice");
        parameters.put("value4", "Key decisions are listed at least 28 clear days before they are taken (Local Authorities (Executive"
                + " Arrangements) (Meetings and Access to Information) (England) Regulations 2012, reg. 9), unless reg. 10 or 11 applies.");
        RecordLines lines = new RecordLines();
        int n = 0;
        for (ForwardPlanEntryDto e : entries) {
            n++;
            lines.heading(n + ". " + e.title());
            lines.paragraph(null, "Decision maker: " + (e.decisionMaker() == null ? e.bodyName() : e.decisionMaker()));
            lines.paragraph(null, "Decision due: " + DAY.format(e.decisionDue()) + (e.meetingDate() == null ? "" : " (meeting of " + DAY.format(e.meetingDate()) + ")"));
            lines.paragraph(null, "Key decision: " + (e.keyDecision() ? "yes" : "no") + ". On the forward plan since " + DAY.format(e.noticeDate())
                    + (e.keyDecision() ? "; the earliest date for the decision on this notice is " + DAY.format(e.earliestDecision()) : "") + ".");
            if (e.matter() != null) {
                lines.paragraphs(e.matter());
            }
            if (e.part() == Part.PART_2) {
                lines.paragraph(null, "May be taken in private: " + e.exemptionLabel() + " (Schedule 12A to the Local Government Act 1972).");
            }
            if (e.leadOfficer() != null) {
                lines.paragraph(null, "Lead officer: " + e.leadOfficer());
            }
            if (e.documents() != null) {
                lines.paragraph(null, "Documents: " + e.documents());
            }
            if (e.generalException() != null) {
                lines.strong(null, "General exception (reg. 10): the chair of the overview and scrutiny committee was informed on "
                        + DAY.format(e.generalException().scrutinyChairInformedOn()) + " and notice given on " + DAY.format(e.generalException().publicNoticeOn())
                        + ". Reasons: " + e.generalException().reasons());
            }
            if (e.specialUrgency() != null) {
                lines.strong(null, "Special urgency (reg. 11): agreed by " + e.specialUrgency().agreedByName() + ", "
                        + e.specialUrgency().agreedBy().label().toLowerCase(Locale.UK) + ", on " + DAY.format(e.specialUrgency().agreedOn())
                        + ". Reasons: " + e.specialUrgency().reasons());
            }
            if (e.warning() != null) {
                lines.strong(null, "Warning: " + e.warning());
            }
        }
        if (entries.isEmpty()) {
            lines.paragraph(null, "There are no key decisions on the forward plan.");
        }
        return new Rendering("board/record", parameters, lines.rows(), "Forward Plan of Key Decisions" + (bodyName == null ? "" : " – " + bodyName),
                "Democratic Services", "Forward plan published " + DAY.format(published));
    }
}

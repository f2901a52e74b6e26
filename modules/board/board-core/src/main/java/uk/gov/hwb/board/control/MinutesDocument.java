package uk.gov.hwb.board.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.hwb.board.api.ActionLogEntryDto;
import uk.gov.hwb.board.api.AttendanceDto;
import uk.gov.hwb.board.api.AttendanceStatus;
import uk.gov.hwb.board.api.DeclarationDto;
import uk.gov.hwb.board.api.MinutesDto;
import uk.gov.hwb.board.api.MinutesDto.ItemMinuteDto;
import uk.gov.hwb.board.api.MinutesStatus;
import uk.gov.hwb.board.api.OtherAttendeeKind;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.reports.PdfRenderer;
import uk.gov.hwb.reports.Rendering;

/**
 * The minutes as the printed record (template {@code board/record}, tagged PDF/UA): who was
 * present, sent apologies or attended, whether the meeting was quorate (an inquorate meeting is
 * flagged), declarations of interest, then each item with its special circumstances, minute,
 * resolutions and vote, the exclusion of the public before confidential business, and the action
 * log. What it prints is what the {@link MinutesDto} it is given shows: confidential business
 * reduced to its exemption and public summary unless the DTO includes it.
 */
@ApplicationScoped
public class MinutesDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h.mm a", Locale.UK);

    private final PdfRenderer renderer;

    @Inject
    public MinutesDocument(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** For CDI's proxy only. */
    protected MinutesDocument() {
        this(null);
    }

    public byte[] render(MinutesDto minutes, AttendanceDto attendance, List<DeclarationDto> declarations, List<ActionLogEntryDto> actions,
                         String venue) {
        return renderer.render(rendering(minutes, attendance, declarations, actions, venue));
    }

    /** What the minutes print: the template's parameters and lines. */
    public static Rendering rendering(MinutesDto minutes, AttendanceDto attendance, List<DeclarationDto> declarations,
                                      List<ActionLogEntryDto> actions, String venue) {
        String day = DAY.format(minutes.meetingStart());
        boolean confidential = minutes.confidentialIncluded() && minutes.items().stream().anyMatch(i -> i.exemptionLabel() != null);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", "Minutes of the " + minutes.bodyName() + (confidential ? " (including confidential business)" : ""));
        parameters.put("label1", "Meeting");
        parameters.put("value1", minutes.bodyName());
        parameters.put("label2", "Date and time");
        parameters.put("value2", day + ", " + time(minutes.meetingStart()));
        parameters.put("label3", "Venue");
        parameters.put("value3", venue);
        parameters.put("label4", "Status");
        parameters.put("value4", minutes.status() == MinutesStatus.APPROVED && minutes.approvedAt() != null
                ? "Approved as a correct record at the meeting on " + DAY.format(minutes.approvedAt())
                : MinutesStatus.DRAFT.label() + (confidential ? ". CONFIDENTIAL: includes exempt business (Part 2)" : ""));

        RecordLines lines = new RecordLines();
        attendance(lines, attendance);
        if (Boolean.FALSE.equals(minutes.quorate())) {
            lines.strong(null, "The meeting was inquorate. " + minutes.quorumNote());
        }
        lines.heading("Declarations of interest");
        if (declarations.isEmpty()) {
            lines.paragraph(null, "No interests were declared.");
        } else {
            declarations.forEach(d -> lines.paragraph(null, d.summary()));
        }
        boolean excluded = false;
        for (ItemMinuteDto item : minutes.items()) {
            if (item.exemptionLabel() != null && !excluded && minutes.exclusionResolution() != null) {
                lines.heading("Exclusion of the public");
                lines.strong(null, minutes.exclusionResolution());
                excluded = true;
            }
            lines.heading(item.number() + ". " + item.title());
            if (item.specialCircumstances() != null) {
                lines.paragraph(null, item.specialCircumstances());
            }
            if (item.withheld()) {
                lines.paragraph(null, item.exemptionLabel() + ": the minute of this item is not published (Local Government Act 1972,"
                        + " Schedule 12A).");
                lines.paragraph(null, item.publicSummary() == null ? "Summary: none recorded yet." : "Summary: " + item.publicSummary());
                continue;
            }
            if (item.exemptionLabel() != null) {
                lines.paragraph(null, item.exemptionLabel() + " – confidential.");
            }
            lines.paragraphs(item.minute());
            for (int r = 0; r < item.resolutions().size(); r++) {
                lines.strong(item.number() + "." + (r + 1), item.resolutions().get(r));
            }
            if (item.votes() != null) {
                lines.paragraph(null, votes(item.votes()));
            }
            if (item.publicSummary() != null) {
                lines.paragraph(null, "Public summary: " + item.publicSummary());
            }
        }
        if (!actions.isEmpty()) {
            lines.heading("Action log");
            for (ActionLogEntryDto a : actions) {
                String what = a.withheld() ? "Action on confidential item " + a.itemNumber() : a.description();
                lines.paragraph(a.itemNumber() == null ? null : String.valueOf(a.itemNumber()), what + " – " + (a.owner() == null ? "no owner" : a.owner())
                        + (a.dueDate() == null ? "" : ", due " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(a.dueDate()))
                        + " – " + a.status().label() + (a.carriedForward() ? " (carried forward)" : ""));
            }
        }
        return new Rendering("board/record", parameters, lines.rows(), "Minutes – " + minutes.bodyName() + ", " + day, minutes.bodyName(),
                minutes.status().label());
    }

    private static void attendance(RecordLines lines, AttendanceDto attendance) {
        if (!attendance.recorded()) {
            lines.heading("Attendance");
            lines.paragraph(null, "Attendance has not been recorded.");
            return;
        }
        List<String> present = new ArrayList<>();
        List<String> apologies = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (AttendanceDto.MemberAttendanceDto m : attendance.members()) {
            String who = m.name() + (m.role() == uk.gov.hwb.board.api.MembershipRole.MEMBER ? "" : " (" + m.role().label() + ")");
            if (m.status() == AttendanceStatus.PRESENT) {
                present.add(who);
            } else if (m.status() == AttendanceStatus.SUBSTITUTED) {
                present.add(m.substituteName() + " (substitute for " + m.name() + ")");
                apologies.add(who);
            } else if (m.status() == AttendanceStatus.APOLOGIES) {
                apologies.add(who);
            } else if (m.status() == AttendanceStatus.ABSENT) {
                absent.add(who);
            }
        }
        lines.heading("Present");
        lines.paragraph(null, present.isEmpty() ? "No members." : String.join("; ", present));
        if (!apologies.isEmpty()) {
            lines.heading("Apologies for absence");
            lines.paragraph(null, String.join("; ", apologies));
        }
        if (!absent.isEmpty()) {
            lines.heading("Absent");
            lines.paragraph(null, String.join("; ", absent));
        }
        List<String> officers = attendance.others().stream().filter(o -> o.kind() == OtherAttendeeKind.OFFICER).map(MinutesDocument::other).toList();
        List<String> others = attendance.others().stream().filter(o -> o.kind() == OtherAttendeeKind.OTHER).map(MinutesDocument::other).toList();
        if (!officers.isEmpty()) {
            lines.heading("Officers in attendance");
            lines.paragraph(null, String.join("; ", officers));
        }
        if (!others.isEmpty()) {
            lines.heading("Also in attendance");
            lines.paragraph(null, String.join("; ", others));
        }
        lines.paragraph(null, attendance.quorum().explanation());
    }

    private static String other(AttendanceDto.OtherAttendeeDto o) {
        return o.name() + (o.capacity() == null ? "" : " (" + o.capacity() + ")");
    }

    static String votes(MinutesDto.VotesDto votes) {
        StringBuilder text = new StringBuilder("Vote: ");
        text.append(votes.inFavour() == null ? "-" : votes.inFavour()).append(" for, ").append(votes.against() == null ? "-" : votes.against())
                .append(" against, ").append(votes.abstentions() == null ? "-" : votes.abstentions()).append(" abstentions.");
        if (votes.named() != null && !votes.named().isEmpty()) {
            text.append(" Recorded by name: ").append(votes.named().stream().map(v -> v.name() + " " + v.vote().label().toLowerCase(Locale.UK))
                    .collect(Collectors.joining("; "))).append('.');
        }
        return text.toString();
    }

    private static String time(OffsetDateTime start) {
        return TIME.format(start.atZoneSameInstant(CouncilCalendar.ZONE)).replace("AM", "am").replace("PM", "pm");
    }
}

package uk.gov.hwb.board.control;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.NumberedSection;
import uk.gov.hwb.board.api.PackVariant;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.platform.calendar.CouncilCalendar;

/**
 * What goes in each pack variant, and the wording of its front sheet and report pages, worked
 * out from a publication's snapshot.
 */
public final class PackContents {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h.mm a", Locale.UK);

    private PackContents() {
    }

    /** The snapshot entries a variant lists on its front sheet. */
    public static List<Snapshot.Entry> listed(Snapshot snapshot, PackVariant variant) {
        return snapshot.items().stream().filter(e -> variant != PackVariant.SUPPLEMENTARY || e.item().late() && !e.confidential()).toList();
    }

    /** Whether an entry's papers are printed in a variant (confidential ones only in the members' pack). */
    public static boolean printed(Snapshot.Entry entry, PackVariant variant) {
        return entry.report() != null && (variant == PackVariant.MEMBERS || !entry.confidential());
    }

    public static FrontSheet frontSheet(String council, String address, String bodyName, OffsetDateTime start, String venue,
                                        OffsetDateTime issued, String contact, List<Snapshot.Entry> listed, PackVariant variant) {
        var local = start.atZoneSameInstant(CouncilCalendar.ZONE);
        String day = LONG.format(local);
        String heading = bodyName.toUpperCase(Locale.UK).replace(" AND ", " & ") + " - " + day.toUpperCase(Locale.UK);
        String title = switch (variant) {
            case PUBLIC -> "Public Document Pack";
            case MEMBERS -> "Members' Pack (includes confidential items)";
            case SUPPLEMENTARY -> "SUPPLEMENTARY REPORTS PACK: AGENDA " + numbers(listed);
        };
        String introduction = variant == PackVariant.SUPPLEMENTARY
                ? "Please find enclosed, for consideration at the next meeting of the " + bodyName + " taking place on " + day
                + ", the following report(s) that were unavailable when the agenda was printed."
                : "You are invited to the meeting of the " + bodyName + " at the time and place below.";
        List<FrontSheet.Entry> entries = listed.stream().map(e -> entry(e, variant)).toList();
        return new FrontSheet(council, address, title, heading, day + ", " + TIME.format(local).replace("AM", "am").replace("PM", "pm"),
                venue, ISSUED.format(issued.atZoneSameInstant(CouncilCalendar.ZONE)), introduction, contact, entries);
    }

    private static FrontSheet.Entry entry(Snapshot.Entry entry, PackVariant variant) {
        AgendaItemDto item = entry.item();
        String title = item.title() + (item.startTimeLabel() == null ? "" : " " + item.startTimeLabel());
        if (entry.confidential() && variant != PackVariant.MEMBERS) {
            title += " – " + entry.exemptionLabel();
        }
        return new FrontSheet.Entry(item.number(), title, item.reportOf(), item.presenterName());
    }

    /** What an empty section of the template says: the appendices "None.", any other "Not applicable." */
    public static String emptySection(int number) {
        return number == 12 ? "None." : "Not applicable.";
    }

    /** "ITEMS 7, 9 AND 10" or "ITEM 7". */
    static String numbers(List<Snapshot.Entry> listed) {
        List<String> n = listed.stream().map(e -> String.valueOf(e.item().number())).toList();
        if (n.size() == 1) {
            return "ITEM " + n.get(0);
        }
        return "ITEMS " + String.join(", ", n.subList(0, n.size() - 1)) + " AND " + n.get(n.size() - 1);
    }

    /**
     * The pack's accessibility statement: it is tagged PDF throughout, or it names the documents in
     * it that were supplied without tags (uploaded appendices), which assistive technology may not read.
     */
    public static String accessibility(List<uk.gov.hwb.reports.PackPart> parts, String contact) {
        List<String> untagged = parts.stream().filter(p -> !uk.gov.hwb.reports.PackAssembler.tagged(p.pdf()))
                .map(p -> p.bookmark() + (p.appendix() ? " (item " + p.itemNumber() + ")" : "")).toList();
        if (untagged.isEmpty()) {
            return "Accessibility: this pack is a tagged PDF (PDF/UA), readable with assistive technology. Each report is also published"
                    + " on its own as an accessible PDF on the meeting's web page.";
        }
        return "Accessibility: this pack is a tagged PDF, but these documents in it were supplied without tags and may not be readable with"
                + " assistive technology: " + String.join("; ", untagged) + ". " + (contact == null ? "Ask democratic services"
                : "Ask " + contact) + " for an accessible copy.";
    }

    /**
     * The printed report: every section with its heading; an empty section says "Not applicable"
     * (the appendices, "None") under its heading, so no heading stands alone; a list's items are
     * lines of their own, each with its number or bullet.
     */
    public static ReportDocument report(ReportDto r, List<NumberedSection> sections) {
        List<ReportDocument.Line> lines = new ArrayList<>();
        for (NumberedSection section : sections) {
            String heading = section.number() + ". " + section.heading();
            if (section.paragraphs().isEmpty()) {
                lines.add(ReportDocument.Line.paragraph(heading, null, emptySection(section.number())));
            }
            for (NumberedSection.Paragraph p : section.paragraphs()) {
                List<RichText.ListItem> items = RichText.listItems(p.html());
                if (items.isEmpty()) {
                    lines.add(ReportDocument.Line.paragraph(heading, p.number(), RichText.text(p.html())));
                } else {
                    items.forEach(item -> lines.add(ReportDocument.Line.item(heading, item.marker(), item.text())));
                }
            }
        }
        if (!r.backgroundPapers().isEmpty()) {
            r.backgroundPapers().forEach(b -> lines.add(ReportDocument.Line.paragraph("Background Papers", null, b)));
        }
        String classification = r.classification() == Part.PART_2 ? "Part 2 (Confidential) – paragraph " + r.exemptParagraph() : "Part 1";
        return new ReportDocument(r.meetingName(), ISSUED.format(r.meetingDate()), classification, r.keyDecision() ? "Yes" : "No",
                r.title(), r.executiveDirector(), r.reportAuthor(), r.executiveCouncillor(), lines);
    }
}

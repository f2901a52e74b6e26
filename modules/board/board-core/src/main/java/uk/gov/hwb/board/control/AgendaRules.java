package uk.gov.hwb.board.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.platform.problem.FieldError;

/**
 * The rules of an agenda item (Local Government Act 1972, Part VA and Schedule 12A): a Part 2 item
 * names the exemption paragraph (1–7) that applies, a Part 1 item names none; an item added after
 * the publication deadline is late and needs a reason for urgency.
 */
public final class AgendaRules {

    private AgendaRules() {
    }

    /** Late when added after the last day the agenda could be published. */
    public static boolean isLate(LocalDate today, LocalDate publishBy) {
        return today.isAfter(publishBy);
    }

    public static List<FieldError> problems(Part part, Integer exemptParagraph, boolean late, String urgencyReason) {
        List<FieldError> errors = new ArrayList<>();
        if (part == Part.PART_2 && (exemptParagraph == null || exemptParagraph < 1 || exemptParagraph > 7)) {
            errors.add(new FieldError("exemptParagraph",
                    "a Part 2 item must name the paragraph of Schedule 12A that applies, 1 to 7"));
        }
        if (part == Part.PART_1 && exemptParagraph != null) {
            errors.add(new FieldError("exemptParagraph", "only Part 2 items have an exemption paragraph"));
        }
        if (late && (urgencyReason == null || urgencyReason.isBlank())) {
            errors.add(new FieldError("urgencyReason",
                    "this item is late (after the publication deadline), so it needs the reason for urgency agreed with the chair"));
        }
        return errors;
    }

    /** How the agenda prints a start time: "(18.05)". */
    public static String startTimeLabel(LocalTime time) {
        return time == null ? null : String.format("(%02d.%02d)", time.getHour(), time.getMinute());
    }

    /** What the public sees of a Part 2 item: "Exempt – paragraph 3". */
    public static String exemptionLabel(Part part, Integer paragraph) {
        return part == Part.PART_2 && paragraph != null ? "Exempt – paragraph " + paragraph : null;
    }
}

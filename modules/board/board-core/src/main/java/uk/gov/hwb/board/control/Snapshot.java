package uk.gov.hwb.board.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.ReportDto;

/** What a publication froze: the agenda items in order, each with its report as it then stood. */
public record Snapshot(List<Entry> items) {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** An item and its report (null when it has none). */
    public record Entry(AgendaItemDto item, ReportDto report) {

        /** Confidential when the item is Part 2 or its report is classified Part 2. */
        public boolean confidential() {
            return item.part() == Part.PART_2 || report != null && report.classification() == Part.PART_2;
        }

        /** "Exempt – paragraph N" from the item, or from its report when only the report is Part 2; null for public business. */
        public String exemptionLabel() {
            if (item.exemptionLabel() != null || !confidential()) {
                return item.exemptionLabel();
            }
            return AgendaRules.exemptionLabel(Part.PART_2, report.exemptParagraph());
        }
    }

    public String toJson() {
        return JSON.toJson(this);
    }

    public static Snapshot fromJson(String json) {
        return JSON.fromJson(json, Snapshot.class);
    }
}

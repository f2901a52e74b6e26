package uk.gov.hwb.board.control;

import java.util.List;

/**
 * What the front sheet of a pack says: who publishes it, which meeting, when it was issued, and
 * the agenda with each item's page range (filled in once the pack is assembled).
 *
 * @param packTitle "Public Document Pack", or the supplementary pack's title
 * @param heading   e.g. "HEALTH &amp; WELLBEING BOARD - TUESDAY, 10TH DECEMBER, 2024"
 */
public record FrontSheet(String council, String address, String packTitle, String heading, String meeting, String venue,
                         String issued, String introduction, String contact, List<Entry> items) {

    /** An agenda line: "7  SEND Reporting (18.05) (Pages 3 - 60)", "Report of SEND Project Officer" and who presents it. */
    public record Entry(int number, String title, String reportOf, String presenter) {
    }
}

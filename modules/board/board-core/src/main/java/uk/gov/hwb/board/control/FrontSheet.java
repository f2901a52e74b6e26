package uk.gov.hwb.board.control;

import java.util.List;

/**
 * What the front sheet of a pack says: who publishes it, which meeting, when it was issued, and
 * the agenda with each item's page range (filled in once the pack is assembled).
 *
 * @param packTitle "Public Document Pack", or the supplementary pack's title
 * @param heading   e.g. "HEALTH &amp; WELLBEING BOARD - TUESDAY, 10TH DECEMBER, 2024"
 * @param accessibility the pack's accessibility statement (which documents in it are not tagged), printed at the foot
 */
public record FrontSheet(String council, String address, String packTitle, String heading, String meeting, String venue,
                         String issued, String introduction, String contact, List<Entry> items, String accessibility) {

    /** A front sheet without an accessibility statement. */
    public FrontSheet(String council, String address, String packTitle, String heading, String meeting, String venue,
                      String issued, String introduction, String contact, List<Entry> items) {
        this(council, address, packTitle, heading, meeting, venue, issued, introduction, contact, items, null);
    }

    /** The same front sheet with the pack's accessibility statement. */
    public FrontSheet withAccessibility(String statement) {
        return new FrontSheet(council, address, packTitle, heading, meeting, venue, issued, introduction, contact, items, statement);
    }

    /** An agenda line: "7  SEND Reporting (18.05) (Pages 3 - 60)", "Report of SEND Project Officer" and who presents it. */
    public record Entry(int number, String title, String reportOf, String presenter) {
    }
}

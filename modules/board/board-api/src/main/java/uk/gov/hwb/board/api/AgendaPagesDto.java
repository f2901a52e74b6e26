package uk.gov.hwb.board.api;

/** An agenda item and where its papers are in the public pack ({@code pages} null when it has none there). */
public record AgendaPagesDto(int number, String title, String startTime, Part part, String exemptionLabel, Pages pages) {

    /** First and last page. */
    public record Pages(int from, int to) {
    }
}

package uk.gov.hwb.reports;

/** Where an agenda item's papers sit in the assembled pack: "Pages 3 - 60". */
public record PageRange(int itemNumber, int from, int to) {

    public String label() {
        return from == to ? "Page " + from : "Pages " + from + " - " + to;
    }
}

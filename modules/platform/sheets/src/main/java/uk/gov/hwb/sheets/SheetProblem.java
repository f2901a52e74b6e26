package uk.gov.hwb.sheets;

/** One thing wrong with an uploaded sheet: the row (as Excel numbers it; 0 for the file itself), the column and why. */
public record SheetProblem(int row, String column, String message) {

    /** "Row 5, column planned: 'abc' is not a number". */
    public String describe() {
        return (row == 0 ? "The file" : "Row " + row) + (column == null ? "" : ", column " + column) + ": " + message;
    }
}

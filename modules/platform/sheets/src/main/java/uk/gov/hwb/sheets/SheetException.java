package uk.gov.hwb.sheets;

import java.util.List;

/** An uploaded sheet that cannot be read at all (not XLSX, too large, missing columns); nothing from it is used. */
public class SheetException extends RuntimeException {

    private final transient List<SheetProblem> problems;

    public SheetException(List<SheetProblem> problems) {
        super(problems.isEmpty() ? "The sheet cannot be read" : problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    public List<SheetProblem> problems() {
        return problems;
    }
}

package uk.gov.hwb.strategies.control;

import java.util.List;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.progress.ProgressStatus;

/** Small input tidying shared by the facades: text is stripped and blank text is no text. */
public final class Inputs {

    /** The statuses a strategy uses unless it says otherwise (seed 003's four). */
    public static final List<ProgressStatus> DEFAULT_STATUSES = List.of(ProgressStatus.ON_COURSE, ProgressStatus.SOME_SLIPPAGE,
            ProgressStatus.AT_RISK, ProgressStatus.UNDER_REVIEW);

    private Inputs() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** "On course, Some slippage, At risk, Under review". */
    public static String labels(List<ProgressStatus> statuses) {
        return statuses.stream().map(ProgressStatus::label).collect(Collectors.joining(", "));
    }
}

package uk.gov.hwb.platform.measures;

/**
 * The outcome of judging a figure: on or off track against a target (or no data, or no numeric
 * target to judge against), or better, similar or worse than a comparator; {@link #NOT_RATED} for
 * measures with no polarity, whose difference is stated but not judged.
 */
public enum MeasureStatus {
    ON_TRACK("On track"),
    OFF_TRACK("Off track"),
    NO_DATA("No data"),
    NO_TARGET("No numeric target"),
    BETTER("Better than the comparator"),
    SIMILAR("Similar to the comparator"),
    WORSE("Worse than the comparator"),
    NOT_RATED("Not rated");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

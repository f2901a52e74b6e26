package uk.gov.hwb.platform.progress;

/**
 * How an action in a plan is going, in the words the partnerships use (seed 003's progress
 * summary, the SEND strategic action plan): one vocabulary for every module that tracks actions.
 * A plan may use a subset (the HWB strategy of 2013 uses the first four).
 */
public enum ProgressStatus {
    ON_COURSE("On course"),
    SOME_SLIPPAGE("Some slippage"),
    AT_RISK("At risk"),
    UNDER_REVIEW("Under review"),
    COMPLETE("Complete"),
    NOT_STARTED("Not started");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Slipping or at risk: the lead must say what is being done to address it. */
    public boolean needsMitigation() {
        return this == SOME_SLIPPAGE || this == AT_RISK;
    }
}

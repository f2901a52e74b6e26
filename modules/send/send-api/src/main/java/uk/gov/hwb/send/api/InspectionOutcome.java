package uk.gov.hwb.send.api;

/**
 * The three outcomes of the 2023 area SEND inspection framework (seed 002, item 7, paragraph 3.2),
 * stored as the outcome and shown in the framework's own words. What each means for the next
 * inspection is a setting per outcome (see the README), not code.
 */
public enum InspectionOutcome {
    POSITIVE(1, "The local area partnership's SEND arrangements typically lead to positive experiences and outcomes for children"
            + " and young people with SEND."),
    INCONSISTENT(2, "The local area partnership's arrangements lead to inconsistent experiences and outcomes for children and young"
            + " people with SEND."),
    SIGNIFICANT_CONCERNS(3, "There are widespread and/or systemic failings leading to significant concerns about the experiences and"
            + " outcomes of children and young people with SEND.");

    private final int number;
    private final String label;

    InspectionOutcome(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The outcome's number in the framework: 1, 2 or 3. */
    public int number() {
        return number;
    }

    /** The outcome in the framework's full wording. */
    public String label() {
        return label;
    }
}

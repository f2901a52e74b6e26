package uk.gov.hwb.platform.measures;

/**
 * Which direction is good for a measure: higher (discharge to usual residence, reablement), lower
 * (avoidable admissions, falls), or neither (a count of requests, which describes demand and is
 * not judged).
 */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better"),
    NONE("Not judged");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

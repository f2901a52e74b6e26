package uk.gov.hwb.bcf.api;

/** Which party of the Section 75 agreement hosts the pooled fund. */
public enum PooledFundHost {
    COUNCIL("The council"),
    ICB("The Integrated Care Board");

    private final String label;

    PooledFundHost(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.gov.hwb.bcf.api;

/** Who commissions a scheme: the local authority, the NHS (the ICB) or both jointly. */
public enum Commissioner {
    LA("Local authority"),
    NHS("NHS"),
    JOINT("Joint");

    private final String label;

    Commissioner(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

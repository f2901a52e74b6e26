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

    /** LA, NHS or JOINT (any case), or a label ("Local authority", "Joint"). */
    public static java.util.Optional<Commissioner> byName(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        String wanted = name.strip();
        return java.util.Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(wanted) || c.label.equalsIgnoreCase(wanted)).findFirst();
    }
}

package uk.gov.hwb.send.api;

/** Who inspects a local area's SEND arrangements: jointly Ofsted and the Care Quality Commission. */
public enum Inspectorate {
    OFSTED("Ofsted"),
    CQC("Care Quality Commission (CQC)");

    private final String label;

    Inspectorate(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

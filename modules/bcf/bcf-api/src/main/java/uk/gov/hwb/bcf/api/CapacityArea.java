package uk.gov.hwb.bcf.api;

/** The two capacity-and-demand sections of the national template. */
public enum CapacityArea {
    HOSPITAL_DISCHARGE("Hospital discharge"),
    COMMUNITY("Community");

    private final String label;

    CapacityArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

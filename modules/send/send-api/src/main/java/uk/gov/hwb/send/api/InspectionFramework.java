package uk.gov.hwb.send.api;

/** The inspection framework an area SEND inspection was carried out under; its outcomes are {@link InspectionOutcome}. */
public enum InspectionFramework {
    AREA_SEND_2023("Area SEND inspection framework (2023)");

    private final String label;

    InspectionFramework(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

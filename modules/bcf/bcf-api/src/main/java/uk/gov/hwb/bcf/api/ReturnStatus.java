package uk.gov.hwb.bcf.api;

/** Where a quarterly return stands: drafted by finance, signed off by the Health and Wellbeing Board's chair, submitted (locked). */
public enum ReturnStatus {
    DRAFT("Draft"),
    SIGNED_OFF("Signed off by the chair"),
    SUBMITTED("Submitted");

    private final String label;

    ReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

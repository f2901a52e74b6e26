package uk.gov.hwb.send.api;

/** A SEF version is a draft while the SEND lead edits it, and agreed (locked) once the board has agreed it. */
public enum SefStatus {
    DRAFT("Draft"),
    AGREED("Agreed");

    private final String label;

    SefStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

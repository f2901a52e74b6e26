package uk.gov.hwb.board.api;

/** The packs a published meeting has: public (Part 1), members' (everything, Part 2 watermarked), supplementary (late items). */
public enum PackVariant {
    PUBLIC("Public Document Pack"), MEMBERS("Members' pack (confidential items included)"), SUPPLEMENTARY("Supplementary pack (late items)");

    private final String label;

    PackVariant(String label) {
        this.label = label;
    }

    /** The pack's name, for people: "Public Document Pack". */
    public String label() {
        return label;
    }
}

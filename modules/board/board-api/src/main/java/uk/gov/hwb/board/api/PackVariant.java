package uk.gov.hwb.board.api;

/** The packs a published meeting has: public (Part 1), members' (everything, Part 2 watermarked), supplementary (late items). */
public enum PackVariant {
    PUBLIC, MEMBERS, SUPPLEMENTARY
}

package uk.gov.hwb.board.api;

/**
 * The quorum of a meeting: {@code required} voting members (of whom {@code councillorsRequired}
 * councillors) and how many were {@code present} (a deputy counting for the member they replace);
 * {@code rule} says where the requirement comes from and {@code explanation} says it in a sentence.
 * While attendance is not recorded, {@code recorded} is false and {@code quorate} false.
 */
public record QuorumDto(int required, int present, boolean quorate, int councillorsRequired, int councillorsPresent,
                        boolean recorded, String rule, String explanation) {
}

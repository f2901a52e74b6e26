package uk.gov.hwb.board.api;

/** Part 1 items are public; Part 2 items are confidential or exempt (Schedule 12A, Local Government Act 1972). */
public enum Part {
    PART_1, PART_2
}

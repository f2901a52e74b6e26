package uk.gov.hwb.board.api;

/** How a meeting's publication deadline stands, for how a screen marks it: on time, due soon, late, or no longer relevant. */
public enum DeadlineTone {
    OK, DUE, LATE, NONE
}

package uk.gov.hwb.board.api;

/** Where a pack build is: still running, done (the packs are stored), or failed (with a message). */
public enum PackJobState {
    RUNNING, DONE, FAILED
}

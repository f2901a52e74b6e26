package uk.gov.hwb.board.api;

/**
 * What a member who declared an interest did about the item. With a disclosable pecuniary interest
 * a member may take no part in the discussion or the vote (Localism Act 2011, s.31(4)) unless a
 * dispensation allows it (s.33).
 */
public enum Participation {
    WITHDREW("left the meeting for the item and took no part in it"),
    REMAINED_NO_PART("remained but took no part in the discussion or the vote"),
    DISCUSSION_ONLY("took part in the discussion but not the vote"),
    DISCUSSION_AND_VOTE("took part in the discussion and the vote");

    private final String label;

    Participation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean discusses() {
        return this == DISCUSSION_ONLY || this == DISCUSSION_AND_VOTE;
    }

    public boolean votes() {
        return this == DISCUSSION_AND_VOTE;
    }
}

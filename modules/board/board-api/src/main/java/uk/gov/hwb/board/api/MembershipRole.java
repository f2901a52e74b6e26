package uk.gov.hwb.board.api;

/** The part a person plays on a body. */
public enum MembershipRole {
    CHAIR("Chair"),
    VICE_CHAIR("Vice-chair"),
    MEMBER("Member"),
    CO_OPTED("Co-opted member"),
    DEPUTY("Deputy");

    private final String label;

    MembershipRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

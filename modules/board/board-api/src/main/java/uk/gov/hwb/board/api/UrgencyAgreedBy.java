package uk.gov.hwb.board.api;

/**
 * Who agreed that a key decision is urgent and cannot reasonably be deferred (reg. 11): the chair
 * of the relevant overview and scrutiny committee, or, if there is none or they are unable to act,
 * the chair of the council, or failing them the vice-chair.
 */
public enum UrgencyAgreedBy {
    SCRUTINY_CHAIR("Chair of the relevant overview and scrutiny committee"),
    CHAIR_OF_COUNCIL("Chair of the council"),
    VICE_CHAIR_OF_COUNCIL("Vice-chair of the council");

    private final String label;

    UrgencyAgreedBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

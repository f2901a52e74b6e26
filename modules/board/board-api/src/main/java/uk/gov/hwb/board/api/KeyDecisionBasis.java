package uk.gov.hwb.board.api;

/**
 * What lets an executive take a key decision (Local Authorities (Executive Arrangements) (Meetings
 * and Access to Information) (England) Regulations 2012): the forward plan's notice 28 clear days
 * before (reg 9), the general exception (reg 10) or special urgency (reg 11).
 */
public enum KeyDecisionBasis {
    FORWARD_PLAN_NOTICE("Forward plan notice 28 clear days before (reg. 9)"),
    GENERAL_EXCEPTION("General exception (reg. 10)"),
    SPECIAL_URGENCY("Special urgency (reg. 11)");

    private final String label;

    KeyDecisionBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.gov.hwb.platform.security;

/**
 * What a signed-in user may do. Anyone not signed in is the public, who have no role.
 * The names are the container role names used in {@code isUserInRole} and {@code @RolesAllowed}.
 */
public enum Role {
    ADMIN("Administrator"),
    DEMOCRATIC_SERVICES("Democratic services officer"),
    AUTHOR("Report author"),
    MEMBER("Board member"),
    FINANCE("Finance officer (BCF)"),
    SEND_LEAD("SEND partnership lead"),
    STRATEGY_LEAD("Strategy lead");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Role names as strings, for annotations and container checks. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String DEMOCRATIC_SERVICES = "DEMOCRATIC_SERVICES";
        public static final String AUTHOR = "AUTHOR";
        public static final String MEMBER = "MEMBER";
        public static final String FINANCE = "FINANCE";
        public static final String SEND_LEAD = "SEND_LEAD";
        public static final String STRATEGY_LEAD = "STRATEGY_LEAD";

        private Names() {
        }
    }
}

package uk.gov.hwb.bcf.api;

import java.util.List;

/**
 * The national planning template's lists, offered as choices on screen. Schemes hold their type and
 * area of spend as text, so a new national list (they change from year to year) needs no migration.
 */
public final class NationalLists {

    /** Scheme types of the BCF planning templates (2022-23 to 2023-25). */
    public static final List<String> SCHEME_TYPES = List.of(
            "Assistive Technologies and Equipment",
            "Bed based intermediate Care Services",
            "Care Act Implementation Related Duties",
            "Carers Services",
            "Community Based Schemes",
            "DFG Related Schemes",
            "Enablers for Integration",
            "High Impact Change Model for Managing Transfer of Care",
            "Home Care or Domiciliary Care",
            "Home-based intermediate care services",
            "Housing Related Schemes",
            "Integrated Care Planning and Navigation",
            "Personalised Budgeting and Commissioning",
            "Personalised Care at Home",
            "Prevention / Early Intervention",
            "Reablement in a person's own home",
            "Residential Placements",
            "Urgent Community Response",
            "Workforce recruitment and retention",
            "Other");

    /** Areas of spend of the national template. */
    public static final List<String> AREAS_OF_SPEND = List.of(
            "Social Care", "Community Health", "Acute", "Mental Health", "Primary Care", "Continuing Care", "Other");

    /** The area of spend that counts towards the NHS minimum contribution to adult social care. */
    public static final String SOCIAL_CARE = "Social Care";

    /** The area of spend that is not out-of-hospital. */
    public static final String ACUTE = "Acute";

    private NationalLists() {
    }
}

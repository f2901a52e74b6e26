package uk.gov.hwb.board.api;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The sections of the standard report template, in order. Prose sections are rich text (HTML,
 * sanitised on save); their paragraphs are numbered when shown (1.1, 1.2 …). Recommendations are
 * a list. Section 12, Appendices, is the list of the report's appendices. Each prose section holds
 * at most {@link #MAX_SECTION} characters.
 */
public record ReportSections(
        @Size(max = MAX_SECTION) String executiveSummary,
        @Size(max = 50, message = "at most 50 recommendations") List<@Size(max = 4000) String> recommendations,
        @Size(max = MAX_SECTION) String background,
        @Size(max = MAX_SECTION) String reasonsForDecisions,
        @Size(max = MAX_SECTION) String otherOptions,
        @Size(max = MAX_SECTION) String financialImplications,
        @Size(max = MAX_SECTION) String legalImplications,
        @Size(max = MAX_SECTION) String policyContext,
        @Size(max = MAX_SECTION) String carbonImpact,
        @Size(max = MAX_SECTION) String equalities,
        @Size(max = MAX_SECTION) String consultation) {

    /** The most characters (of rich text, markup included) one prose section may hold: a long report's worth. */
    public static final int MAX_SECTION = 100_000;

    /** Section headings of the template, numbered 1 to 12. */
    public static final List<String> HEADINGS = List.of("Executive Summary", "Recommendations", "Background",
            "Reasons for Decisions", "Other Options", "Financial Implications", "Legal Implications", "Policy Context",
            "Carbon Impact", "Equalities", "Consultation", "Appendices");

    public static ReportSections empty() {
        return new ReportSections(null, List.of(), null, null, null, null, null, null, null, null, null);
    }

    /** The prose sections by template position (1-based), recommendations (2) and appendices (12) excluded. */
    public String prose(int number) {
        return switch (number) {
            case 1 -> executiveSummary;
            case 3 -> background;
            case 4 -> reasonsForDecisions;
            case 5 -> otherOptions;
            case 6 -> financialImplications;
            case 7 -> legalImplications;
            case 8 -> policyContext;
            case 9 -> carbonImpact;
            case 10 -> equalities;
            case 11 -> consultation;
            default -> throw new IllegalArgumentException("section " + number + " is not a prose section");
        };
    }
}

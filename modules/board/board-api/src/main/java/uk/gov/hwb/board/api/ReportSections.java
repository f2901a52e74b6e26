package uk.gov.hwb.board.api;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The sections of the standard report template, in order. Prose sections are rich text (HTML,
 * sanitised on save); their paragraphs are numbered when shown (1.1, 1.2 …). Recommendations are
 * a list. Section 12, Appendices, is the list of the report's appendices.
 */
public record ReportSections(
        String executiveSummary,
        @Size(max = 50, message = "at most 50 recommendations") List<@Size(max = 4000) String> recommendations,
        String background,
        String reasonsForDecisions,
        String otherOptions,
        String financialImplications,
        String legalImplications,
        String policyContext,
        String carbonImpact,
        String equalities,
        String consultation) {

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

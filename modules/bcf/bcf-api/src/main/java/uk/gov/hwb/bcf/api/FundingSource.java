package uk.gov.hwb.bcf.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The seven national funding sources of a Better Care Fund plan, in the order the national
 * template (and seed 002's funding table) lists them. In JSON a source is named by its label.
 */
public enum FundingSource {
    DFG("DFG"),
    MINIMUM_NHS_CONTRIBUTION("Minimum NHS Contribution"),
    IBCF("iBCF"),
    ADDITIONAL_LA_CONTRIBUTION("Additional LA Contribution"),
    ADDITIONAL_ICB_CONTRIBUTION("Additional ICB Contribution"),
    LA_DISCHARGE_FUNDING("Local Authority Discharge Funding"),
    ICB_DISCHARGE_FUNDING("ICB Discharge Funding");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A source by its label ("Minimum NHS Contribution") or constant name, ignoring case and spacing. */
    public static Optional<FundingSource> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = key(name);
        return Arrays.stream(values()).filter(s -> key(s.label).equals(wanted) || key(s.name()).equals(wanted)).findFirst();
    }

    /** "DFG, Minimum NHS Contribution, …" for messages. */
    public static String names() {
        return Arrays.stream(values()).map(FundingSource::label).collect(Collectors.joining(", "));
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]", "");
    }
}

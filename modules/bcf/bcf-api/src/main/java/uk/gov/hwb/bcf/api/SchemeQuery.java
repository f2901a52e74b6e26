package uk.gov.hwb.bcf.api;

/**
 * Which scheme lines to list: optionally one year, source, type or provider (type and provider
 * match a part of the text, ignoring case), sorted by one of {@link #SORTABLE} (default: scheme id).
 */
public record SchemeQuery(String year, String source, String type, String provider, String sort, boolean descending) {

    public static final java.util.List<String> SORTABLE = java.util.List.of(
            "schemeId", "name", "year", "source", "type", "areaOfSpend", "provider", "planned", "forecast", "variance");

    public static SchemeQuery all() {
        return new SchemeQuery(null, null, null, null, null, false);
    }
}

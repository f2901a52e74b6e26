package uk.gov.hwb.strategies.api;

/** A priority's focus for the year after {@code year} (a financial year written "2023-24"). */
public record FocusDto(long id, long priorityId, String year, String text, long version) {
}

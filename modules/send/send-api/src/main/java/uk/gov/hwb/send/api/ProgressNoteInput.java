package uk.gov.hwb.send.api;

/**
 * A progress note for a reporting period (a quarter of the financial year, "Q2 2024/25"): what
 * happened, and for an action that is slipping or at risk, what is being done about it.
 */
public record ProgressNoteInput(String period, String text) {
}

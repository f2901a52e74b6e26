package uk.gov.hwb.platform.documents;

/** Something a generated document can be made for: its reference (e.g. {@code "3/2023-24/Q2"}) and how it reads ("BCF 2023–25, Q2 2023/24"). */
public record DocumentChoice(String reference, String label) {
}

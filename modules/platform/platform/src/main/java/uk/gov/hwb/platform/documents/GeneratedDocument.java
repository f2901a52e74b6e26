package uk.gov.hwb.platform.documents;

/** A rendered document: its title (for appendix lists and bookmarks) and its PDF bytes. */
public record GeneratedDocument(String title, byte[] pdf) {
}

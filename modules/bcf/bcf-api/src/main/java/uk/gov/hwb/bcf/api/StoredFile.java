package uk.gov.hwb.bcf.api;

/** A file to download: its name, media type, bytes and their SHA-256. */
public record StoredFile(String fileName, String mediaType, byte[] content, String sha256) {
}

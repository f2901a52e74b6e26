package uk.gov.hwb.board.api;

import java.time.OffsetDateTime;

/**
 * An appendix of a report: an uploaded PDF (with its size, page count and SHA-256) or a document
 * generated on demand by another module ({@code generator} and {@code reference} set, no file).
 */
public record AppendixDto(Long id, Long reportId, int number, String title, String fileName, Long sizeBytes,
                          String sha256, Integer pageCount, String generator, String reference,
                          String addedBy, OffsetDateTime addedAt) {

    public boolean generated() {
        return generator != null;
    }
}

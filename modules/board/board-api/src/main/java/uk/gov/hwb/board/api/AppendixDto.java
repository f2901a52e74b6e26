package uk.gov.hwb.board.api;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.OffsetDateTime;

/**
 * An appendix of a report: an uploaded PDF (with its size, page count and SHA-256) or a document
 * generated on demand by another module ({@code generator} and {@code reference} set, no file).
 * {@code tagged} says whether an uploaded PDF is tagged for assistive technology (checked on
 * upload; false means the author is told and the pack's accessibility statement names it; null
 * when not checked). Generated documents are always tagged.
 */
public record AppendixDto(Long id, Long reportId, int number, String title, String fileName, Long sizeBytes,
                          String sha256, Integer pageCount, String generator, String reference,
                          String addedBy, OffsetDateTime addedAt, Boolean tagged) {

    /** JSON input binds to all the components (the shorter constructor is for code written before {@code tagged}). */
    @JsonbCreator
    public AppendixDto {
    }

    public AppendixDto(Long id, Long reportId, int number, String title, String fileName, Long sizeBytes, String sha256, Integer pageCount,
                       String generator, String reference, String addedBy, OffsetDateTime addedAt) {
        this(id, reportId, number, title, fileName, sizeBytes, sha256, pageCount, generator, reference, addedBy, addedAt, null);
    }

    public boolean generated() {
        return generator != null;
    }
}

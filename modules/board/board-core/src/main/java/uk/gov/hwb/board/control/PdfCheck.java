package uk.gov.hwb.board.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.TooLargeException;

/**
 * Checks an uploaded appendix is a real PDF by its content (the "%PDF-" signature and a document
 * PDFBox can open, with at least one page, not password-protected), whatever its name says.
 */
public final class PdfCheck {

    /** What we learn from a good PDF: pages, SHA-256 (hex) and its text for search. */
    public record CheckedPdf(int pageCount, String sha256, String text) {
    }

    private PdfCheck() {
    }

    public static CheckedPdf check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "choose a PDF file to upload; the file sent was empty");
        }
        if (content.length > maxBytes) {
            // The upload is read only up to one byte past the limit, so its real size is unknown here: state the limit.
            throw new TooLargeException("file", "The file is more than " + megabytes(maxBytes) + "; appendices can be at most "
                    + megabytes(maxBytes) + ". Reduce it (e.g. compress images) or split it.");
        }
        if (!new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw new InvalidInputException("file", "is not a PDF: its content does not start like a PDF, whatever its name says");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw new InvalidInputException("file", "is a PDF with no pages");
            }
            String text = new PDFTextStripper().getText(document);
            return new CheckedPdf(document.getNumberOfPages(), sha256(content), text);
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("file", "is password-protected; upload a copy without a password so it can be published");
        } catch (IOException e) {
            throw new InvalidInputException("file", "is not a readable PDF (" + e.getMessage() + ")");
        }
    }

    /** The number of pages of a PDF this system generated (so known to be readable). */
    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("A generated document is not a readable PDF", e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}

package uk.gov.hwb.board.api;

/**
 * The extension point through which other modules (BCF, strategies, SEND) supply documents to be
 * attached to reports as appendices: a CDI bean implementing this interface, found by
 * {@link #name()}. The board stores only the generator's name and the reference it is given, and
 * asks for the PDF when a pack is built, so the appendix always shows the facts as they are then.
 */
public interface DocumentGenerator {

    /** A stable name, e.g. {@code "bcf.quarterly-return"}. */
    String name();

    /** Whether {@code reference} names something this generator can render (e.g. a plan year). */
    boolean accepts(String reference);

    /** Renders the document for {@code reference} as a PDF. */
    GeneratedDocument generate(String reference);

    /** A rendered document: a title for the appendix list and the PDF bytes. */
    record GeneratedDocument(String title, byte[] pdf) {
    }
}

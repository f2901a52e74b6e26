package uk.gov.hwb.platform.documents;

import java.util.List;

/**
 * A kind of document a module can generate from its data, for other modules to embed (a BCF
 * quarterly update, a strategy's progress summary, a SEND self-evaluation), found by CDI by
 * {@link #name()}. The embedding module stores only the name and a reference, renders the
 * document live while a paper is a draft, and freezes its bytes when the paper is published.
 *
 * <p>Implement it as an application-scoped CDI bean in the module's core ({@code control}); its
 * data comes through the module's own facade, so the module's rules decide what it shows.
 */
public interface DocumentGenerator {

    /** A stable name, "module.document", e.g. {@code "bcf.quarterly-update"}. */
    String name();

    /** What the document is called, for choosing it: "Better Care Fund quarterly update". */
    String title();

    /** The things a user may pick to generate it for (plan years and quarters, periods, versions), newest first. */
    List<DocumentChoice> choices();

    /** Whether {@code reference} names something this generator can render. */
    boolean accepts(String reference);

    /** Renders the document for {@code reference} as a tagged PDF. */
    GeneratedDocument render(String reference);

    /**
     * What in a paper's own text disagrees with the facts the document for {@code reference} is drawn
     * from (a different year or quarter named, a stated gap the figures do not give), as sentences a
     * report author can act on; none by default.
     */
    default List<String> contradictions(String reference, String text) {
        return List.of();
    }
}

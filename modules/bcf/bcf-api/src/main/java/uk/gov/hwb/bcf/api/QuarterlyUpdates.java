package uk.gov.hwb.bcf.api;

import java.util.List;
import uk.gov.hwb.platform.documents.DocumentChoice;
import uk.gov.hwb.platform.documents.GeneratedDocument;

/**
 * The "Better Care Fund quarterly update" document, which board reports embed as a generated appendix
 * (generator {@code bcf.quarterly-update}), for a reference {@code {planId}/{year}/Q{quarter}} such as
 * {@code 3/2023-24/Q2}; and the consistency check of a paper's text against it.
 */
public interface QuarterlyUpdates {

    /** Every plan year's quarters, newest first. */
    List<DocumentChoice> choices();

    boolean accepts(String reference);

    /** The document as a tagged PDF (PDF/UA-1), drawn from the figures as they stand now. */
    GeneratedDocument render(String reference);

    /**
     * Where the text disagrees with the document's facts: a financial year or quarter other than the
     * document's, a stated gap or status of a metric the figures do not give; also where a metric's own
     * commentary does so. Each as a sentence an author can act on; none when they agree.
     */
    List<String> contradictions(String reference, String text);
}

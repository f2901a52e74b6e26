package uk.gov.hwb.bcf.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.gov.hwb.bcf.api.QuarterlyUpdates;
import uk.gov.hwb.platform.documents.DocumentChoice;
import uk.gov.hwb.platform.documents.DocumentGenerator;
import uk.gov.hwb.platform.documents.GeneratedDocument;

/**
 * Offers the "Better Care Fund quarterly update" to board papers as a generated appendix
 * ({@value #NAME}; references like {@code 3/2023-24/Q2}). The board renders it live while a paper is
 * a draft, freezes its bytes at publication, and asks {@link #contradictions} about the paper's text.
 */
@ApplicationScoped
public class QuarterlyUpdateGenerator implements DocumentGenerator {

    public static final String NAME = "bcf.quarterly-update";

    @Inject
    QuarterlyUpdates updates;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Better Care Fund quarterly update";
    }

    @Override
    public List<DocumentChoice> choices() {
        return updates.choices();
    }

    @Override
    public boolean accepts(String reference) {
        return updates.accepts(reference);
    }

    @Override
    public GeneratedDocument render(String reference) {
        return updates.render(reference);
    }

    @Override
    public List<String> contradictions(String reference, String text) {
        return updates.contradictions(reference, text);
    }
}

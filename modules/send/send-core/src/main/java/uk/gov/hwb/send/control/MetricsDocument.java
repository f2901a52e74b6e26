package uk.gov.hwb.send.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.gov.hwb.platform.documents.DocumentChoice;
import uk.gov.hwb.platform.documents.DocumentGenerator;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.send.api.Metrics;

/**
 * The SEND metrics summary as a board paper's appendix ({@code send.metrics}): one reference,
 * {@code "latest"}, every metric's latest figure against its comparator as the data stands when the
 * paper is rendered (the board freezes it at publication).
 */
@ApplicationScoped
public class MetricsDocument implements DocumentGenerator {

    static final String LATEST = "latest";

    @Inject
    Metrics metrics;

    @Override
    public String name() {
        return "send.metrics";
    }

    @Override
    public String title() {
        return "SEND metrics summary";
    }

    @Override
    public List<DocumentChoice> choices() {
        return List.of(new DocumentChoice(LATEST, "SEND metrics: latest figures against their comparators"));
    }

    @Override
    public boolean accepts(String reference) {
        return LATEST.equals(reference);
    }

    @Override
    public GeneratedDocument render(String reference) {
        return metrics.summary(SefDocument.BOARD_PAPERS);
    }
}

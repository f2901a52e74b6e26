package uk.gov.hwb.send.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.gov.hwb.platform.documents.DocumentChoice;
import uk.gov.hwb.platform.documents.DocumentGenerator;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.send.api.Actions;
import uk.gov.hwb.send.api.AnnualUpdates;

/**
 * The strategic action plan's annual update as a board paper's appendix ({@code send.annual-update}):
 * the reference is the year, as in addresses, e.g. {@code "2023-24"}.
 */
@ApplicationScoped
public class AnnualUpdateDocument implements DocumentGenerator {

    @Inject
    AnnualUpdates updates;

    @Inject
    Actions actions;

    @Override
    public String name() {
        return "send.annual-update";
    }

    @Override
    public String title() {
        return "SEND strategic action plan: annual update (a year)";
    }

    @Override
    public List<DocumentChoice> choices() {
        return updates.years(SefDocument.BOARD_PAPERS).stream()
                .map(year -> new DocumentChoice(year, SendPapers.annualUpdateTitle(year.replace('-', '/')))).toList();
    }

    @Override
    public boolean accepts(String reference) {
        return reference != null && updates.years(SefDocument.BOARD_PAPERS).contains(reference);
    }

    @Override
    public GeneratedDocument render(String reference) {
        return updates.document(reference, SefDocument.BOARD_PAPERS);
    }

    /** Where the report calls done what the action plan does not (see {@link CompletionClaims}). */
    @Override
    public List<String> contradictions(String reference, String text) {
        return CompletionClaims.contradictions(text, actions.plan(SefDocument.BOARD_PAPERS));
    }
}

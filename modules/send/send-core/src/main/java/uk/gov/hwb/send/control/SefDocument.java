package uk.gov.hwb.send.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import uk.gov.hwb.platform.documents.DocumentChoice;
import uk.gov.hwb.platform.documents.DocumentGenerator;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.Actions;
import uk.gov.hwb.send.api.SefStatus;
import uk.gov.hwb.send.api.SefSummaryDto;
import uk.gov.hwb.send.api.SelfEvaluations;

/**
 * The SEF as a board paper's appendix ({@code send.sef}): the reference is the SEF's version number,
 * e.g. {@code "1"}. A draft can be chosen too (the board is usually asked to agree a draft); the
 * board freezes the bytes when the paper is published.
 */
@ApplicationScoped
public class SefDocument implements DocumentGenerator {

    /** Board papers read SEND data as democratic services do. */
    static final Viewer BOARD_PAPERS = new Viewer("board-papers", null, Set.of(Role.DEMOCRATIC_SERVICES));

    @Inject
    SelfEvaluations sefs;

    @Inject
    Actions actions;

    @Override
    public String name() {
        return "send.sef";
    }

    @Override
    public String title() {
        return "SEND Self Evaluation Framework (a version)";
    }

    @Override
    public List<DocumentChoice> choices() {
        return sefs.versions(BOARD_PAPERS).stream().map(v -> new DocumentChoice(String.valueOf(v.number()), label(v))).toList();
    }

    @Override
    public boolean accepts(String reference) {
        return reference != null && reference.matches("[1-9]\\d{0,8}")
                && sefs.versions(BOARD_PAPERS).stream().anyMatch(v -> v.number() == Integer.parseInt(reference));
    }

    @Override
    public GeneratedDocument render(String reference) {
        return sefs.document(Integer.parseInt(reference), BOARD_PAPERS);
    }

    static String label(SefSummaryDto v) {
        return "SEF version " + v.number() + ", " + SendPapers.DATE.format(v.date())
                + (v.status() == SefStatus.AGREED ? " (agreed " + SendPapers.DATE.format(v.agreedOn()) + ")" : " (draft)");
    }

    /** Where the report calls done what the action plan does not (see {@link CompletionClaims}). */
    @Override
    public List<String> contradictions(String reference, String text) {
        return CompletionClaims.contradictions(text, actions.plan(SefDocument.BOARD_PAPERS));
    }
}

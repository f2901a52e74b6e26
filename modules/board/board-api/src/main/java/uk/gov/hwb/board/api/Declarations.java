package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Declarations of interest made at a meeting, item by item (Localism Act 2011 and the council's
 * code of conduct). A disclosable pecuniary interest (s.30) bars the member from the discussion and
 * the vote (s.31(4)) unless a dispensation (s.33) allows it; a sensitive interest (s.32) is
 * recorded without its nature being published. Declarations are public; the nature of a sensitive
 * interest, and of an interest in a confidential (Part 2) item, only reaches those who may see it.
 */
public interface Declarations {

    /** The kind every council has by law: a disclosable pecuniary interest. */
    String DISCLOSABLE_PECUNIARY = "Disclosable pecuniary interest";

    /** The declarations made at the meeting, by item. */
    List<DeclarationDto> declarations(long meetingId, Viewer viewer);

    /** Records a declaration (democratic services); refused if a disclosable pecuniary interest is acted on without a dispensation. */
    DeclarationDto declare(long meetingId, @NotNull @Valid NewDeclaration declaration, Viewer viewer);

    /** Removes a declaration recorded in error (democratic services); the audit log keeps it. */
    void withdraw(long meetingId, long declarationId, Viewer viewer);

    /** The kinds of interest: the statutory one first, then the local code's (setting {@code hwb.interests.other-kinds}). */
    List<String> kinds();
}

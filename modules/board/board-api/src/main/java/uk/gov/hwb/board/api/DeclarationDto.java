package uk.gov.hwb.board.api;

import java.time.LocalDate;

/**
 * A declaration as the viewer may see it. {@code nature} is null and {@code natureWithheld} true
 * when it is a sensitive interest (s.32) or concerns a confidential item the viewer may not see;
 * {@code summary} is the sentence the minutes print.
 */
public record DeclarationDto(long id, long meetingId, long itemId, int itemNumber, String itemTitle, long personId, String memberName,
                             String kind, boolean disclosablePecuniary, String nature, boolean natureWithheld, boolean sensitive,
                             Participation participation, String dispensationGrantedBy, LocalDate dispensationGrantedOn,
                             LocalDate dispensationExpiresOn, DispensationScope dispensationScope, String summary) {
}

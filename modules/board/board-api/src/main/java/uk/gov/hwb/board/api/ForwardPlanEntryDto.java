package uk.gov.hwb.board.api;

import java.time.LocalDate;

/**
 * A forward plan entry. {@code noticeDate} is the day it first appeared on the plan and
 * {@code earliestDecision} the first day a key decision may be taken on that notice (28 clear days
 * later); {@code basis} is what allows the decision on its date (null when nothing does, with the
 * {@code warning} saying so).
 */
public record ForwardPlanEntryDto(long id, long bodyId, String bodyName, String title, String matter, LocalDate decisionDue, boolean keyDecision,
                                  Part part, Integer exemptParagraph, String exemptionLabel, String decisionMaker, String leadOfficer,
                                  String documents, LocalDate noticeDate, LocalDate earliestDecision, Long itemId, Long meetingId,
                                  LocalDate meetingDate, ForwardPlanStatus status, ForwardPlanChanges.GeneralException generalException,
                                  ForwardPlanChanges.SpecialUrgency specialUrgency, KeyDecisionBasis basis, String warning, long version) {
}

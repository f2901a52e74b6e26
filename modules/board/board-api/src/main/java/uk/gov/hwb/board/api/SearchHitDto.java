package uk.gov.hwb.board.api;

import java.time.LocalDate;

/**
 * A published document matching a search, with a snippet of text around the match: a report
 * ({@code kind} "report"), an appendix of one ("appendix"), or a decision of the decisions register
 * ("decision", {@code decisionId} set and {@code reportId} null; a confidential decision is found
 * by the public through its exemption and public summary only).
 */
public record SearchHitDto(String kind, Long reportId, Long appendixId, String title, long meetingId, long bodyId,
                           String bodyName, LocalDate meetingDate, boolean confidential, String snippet, Long decisionId) {
}

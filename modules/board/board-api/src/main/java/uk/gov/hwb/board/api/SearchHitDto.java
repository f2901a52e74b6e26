package uk.gov.hwb.board.api;

import java.time.LocalDate;

/** A published document matching a search: a report, or an appendix of one, with a snippet of text around the match. */
public record SearchHitDto(String kind, long reportId, Long appendixId, String title, long meetingId, long bodyId,
                           String bodyName, LocalDate meetingDate, boolean confidential, String snippet) {
}

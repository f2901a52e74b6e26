package uk.gov.hwb.send.api;

import java.time.LocalDate;

/** CDI event, fired after commit: a SEF version was agreed (at the meeting with this id, when known). */
public record SefAgreed(int number, LocalDate agreedOn, Long meetingId) {
}

package uk.gov.hwb.platform.calendar;

import java.time.LocalDate;

/** The answer to "by when must the papers for this meeting be published?". */
public record PublicationDeadline(LocalDate meeting, int clearDays, LocalDate publishBy) {
}

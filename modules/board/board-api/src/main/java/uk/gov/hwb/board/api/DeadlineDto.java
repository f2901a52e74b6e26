package uk.gov.hwb.board.api;

import java.time.LocalDate;

/**
 * A meeting's publication deadline: the last working day its agenda and reports can be published
 * and still leave the statutory clear working days. {@code daysLeft} counts calendar days from
 * today (negative once missed).
 */
public record DeadlineDto(long meetingId, LocalDate meetingDate, int clearDays, LocalDate publishBy, long daysLeft, boolean missed) {
}

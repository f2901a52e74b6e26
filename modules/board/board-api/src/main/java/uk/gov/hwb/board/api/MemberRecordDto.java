package uk.gov.hwb.board.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's public record: the bodies they sit or sat on and, for each, the meetings they were
 * expected at (held meetings with attendance recorded, during their membership), how many they
 * attended, and the share to one decimal place (null when none were expected).
 */
public record MemberRecordDto(long personId, String name, String organisationName, List<SeatRecordDto> seats, int expected, int attended,
                              BigDecimal percentage) {

    /** One membership and its attendance record. */
    public record SeatRecordDto(long bodyId, String bodyName, MembershipRole role, boolean current, LocalDate from, LocalDate to,
                                int expected, int attended, int apologies, int substituted, int absent, BigDecimal percentage) {
    }
}

package uk.gov.hwb.bcf.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A quarterly return as it stands: its period, due date with the days left and whether it is
 * overdue (past due and not submitted), its workflow status, confirmations and narrative, who signed
 * it off (the chair's name, and who recorded it when democratic services did so on the chair's
 * behalf), its locked versions and the board's notings.
 */
public record ReturnDto(
        long id,
        long planId,
        String planName,
        String year,
        int quarter,
        String label,
        LocalDate due,
        long daysLeft,
        boolean overdue,
        String dueSentence,
        ReturnStatus status,
        String statusLabel,
        boolean section75Signed,
        String section75Explanation,
        boolean nationalConditionsMet,
        String conditionsExplanation,
        String challenges,
        String achievements,
        String supportNeeded,
        String signedOffBy,
        OffsetDateTime signedOffAt,
        String signOffRecordedBy,
        boolean signedOnBehalf,
        OffsetDateTime submittedAt,
        String submittedBy,
        List<ReturnVersionDto> versions,
        List<NotingDto> notings,
        long version) {
}

package uk.gov.hwb.strategies.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;

/**
 * How statuses, shares and dates read on the strategies' screens: a status badge is a coloured
 * chip that always carries the status word (never colour alone), shares keep their one decimal
 * place, changes carry their sign, dates read "10 December 2024" or 10/12/2024.
 */
@Named("strategyFormat")
@ApplicationScoped
public class StatusBadges {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    /** The CSS class of a status (or summary column) badge. */
    public String badgeClass(Object status) {
        String key = status == null ? ProgressSummaryDto.NO_UPDATE : status.toString();
        return "hwb-badge hwb-badge-" + key.toLowerCase(Locale.UK).replace('_', '-');
    }

    /** The words of a status or summary column: "On course", "No update". */
    public String label(Object status) {
        if (status == null) {
            return "No update";
        }
        if (status instanceof ProgressStatus s) {
            return s.label();
        }
        return ProgressSummaryDto.columnLabel(status.toString());
    }

    public String share(BigDecimal share) {
        return share == null ? "" : share.toPlainString() + "%";
    }

    public String change(BigDecimal change) {
        if (change == null) {
            return "";
        }
        return (change.signum() > 0 ? "+" : "") + change.toPlainString();
    }

    public String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    public String stamp(OffsetDateTime at) {
        return at == null ? "" : STAMP.format(at.atZoneSameInstant(CouncilCalendar.ZONE));
    }
}

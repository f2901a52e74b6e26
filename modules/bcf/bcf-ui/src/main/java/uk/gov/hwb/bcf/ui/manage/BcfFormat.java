package uk.gov.hwb.bcf.ui.manage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.measures.MeasureStatus;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.money.Money;

/**
 * How BCF figures read on screen: money as council papers print it (£1,234, pence only when there are
 * some), figures with the precision they were entered with, dates as "31 October 2023", and a status
 * as a badge whose class follows the status while its text always says it (never colour alone).
 */
@Named("bcfFormat")
@ApplicationScoped
public class BcfFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    public String money(BigDecimal amount) {
        return amount == null ? "" : new Money(amount).format();
    }

    /** A variance with its sign and percentage: "+£60,000 (+2.4%)", "-£20,000 (-4.0%)". */
    public String variance(BigDecimal amount, BigDecimal percent) {
        if (amount == null) {
            return "No forecast yet";
        }
        String money = (amount.signum() > 0 ? "+" : "") + new Money(amount).format();
        return percent == null ? money : money + " (" + (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%)";
    }

    public String figure(MeasureUnit unit, BigDecimal value) {
        return value == null ? "No data" : unit.format(value);
    }

    public String number(BigDecimal value) {
        return value == null ? "" : new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String shortDay(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    public String time(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(CouncilCalendar.ZONE));
    }

    /** "December 2023, January 2024 and February 2024". */
    public String joined(java.util.List<String> items) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The badge's class; the badge's text is always the status's label. */
    public String statusClass(MeasureStatus status) {
        if (status == null) {
            return "bcf-status";
        }
        return switch (status) {
            case ON_TRACK, BETTER -> "bcf-status bcf-status-on";
            case OFF_TRACK, WORSE -> "bcf-status bcf-status-off";
            default -> "bcf-status bcf-status-none";
        };
    }
}

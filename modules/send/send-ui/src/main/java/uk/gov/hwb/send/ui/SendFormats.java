package uk.gov.hwb.send.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the SEND screens write dates: "10 December 2024" in text, "10/12/2024" in tables, and the CSS
 * class of a status badge (which always carries the status's words too: colour is never the only cue).
 */
@Named("sendFmt")
@ApplicationScoped
public class SendFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** "send-badge send-badge-AT_RISK": the badge's colour by the status's name. */
    public String badge(Object status) {
        return status == null ? "send-badge" : "send-badge send-badge-" + status;
    }
}

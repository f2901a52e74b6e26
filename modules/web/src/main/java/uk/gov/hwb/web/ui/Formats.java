package uk.gov.hwb.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.gov.hwb.platform.calendar.CouncilCalendar;

/**
 * How dates and times read on every screen, in the council's style (en-GB, never with seconds):
 * a day as "Tuesday 10 December 2024", a meeting as "Tuesday 10 December 2024, 5.00 pm", an
 * item's start as "(18.05)" (the agenda's own form, see AgendaRules), and a moment in a table as
 * "10/12/2024 17:05" (24-hour), the same dd/mm/yyyy form people type dates in.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    public String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** A date as people type it: "10/12/2024". */
    public String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** A meeting's time as agendas print it: "Tuesday 10 December 2024, 5.00 pm". */
    public String meetingTime(OffsetDateTime at) {
        return at == null ? "" : LONG_DATE.format(at.atZoneSameInstant(CouncilCalendar.ZONE)) + ", " + clock(at.atZoneSameInstant(CouncilCalendar.ZONE).toLocalTime());
    }

    /** A time of day in the council's style: "5.00 pm", "12.30 pm", "9.15 am". */
    public String clock(LocalTime time) {
        if (time == null) {
            return "";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + "." + String.format("%02d", time.getMinute()) + (time.getHour() < 12 ? " am" : " pm");
    }

    /** A moment in a list or table: "10/12/2024 17:05", in UK time, without seconds. */
    public String dateTime(OffsetDateTime at) {
        return at == null ? "" : DATE_TIME.format(at.atZoneSameInstant(CouncilCalendar.ZONE));
    }
}

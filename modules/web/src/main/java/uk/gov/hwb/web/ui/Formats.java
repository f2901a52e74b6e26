package uk.gov.hwb.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.gov.hwb.platform.calendar.Calendar;

/** How dates and times read on every screen: "Tuesday 10 December 2024", "10 Dec 2024 17:00". */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MEETING_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h.mm a", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);

    public String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** A meeting's time as agendas print it: "Tuesday 10 December 2024, 5.00 pm". */
    public String meetingTime(OffsetDateTime at) {
        return at == null ? "" : MEETING_TIME.format(at.atZoneSameInstant(Calendar.ZONE)).replace("AM", "am").replace("PM", "pm");
    }

    public String dateTime(OffsetDateTime at) {
        return at == null ? "" : DATE_TIME.format(at.atZoneSameInstant(Calendar.ZONE));
    }
}

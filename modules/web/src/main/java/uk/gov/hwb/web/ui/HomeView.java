package uk.gov.hwb.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.gov.hwb.platform.calendar.BankHolidayDto;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.calendar.PublicationDeadline;

/**
 * The home dashboard: coming bank holidays and a publication-deadline calculator for any meeting
 * date, from the same working-day rule the meetings use. Request-scoped: the page is public, and a
 * view-scoped bean would open a session for every anonymous visitor (the calculator posts the date
 * it works on, so it needs nothing kept between requests).
 */
@Named
@RequestScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilCalendar calendar;

    private LocalDate meetingDate;
    private PublicationDeadline deadline;
    private List<BankHolidayDto> comingBankHolidays;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(CouncilCalendar.ZONE);
        comingBankHolidays = calendar.allBankHolidays().stream().filter(h -> !h.date().isBefore(today)).limit(5).toList();
        meetingDate = today.plusWeeks(3);
        calculate();
    }

    public void calculate() {
        deadline = meetingDate == null ? null : calendar.publicationDeadline(meetingDate, CouncilCalendar.STATUTORY_CLEAR_DAYS);
    }

    public LocalDate getToday() { return LocalDate.now(CouncilCalendar.ZONE); }
    public LocalDate getMeetingDate() { return meetingDate; }
    public void setMeetingDate(LocalDate meetingDate) { this.meetingDate = meetingDate; }
    public PublicationDeadline getDeadline() { return deadline; }
    public List<BankHolidayDto> getComingBankHolidays() { return comingBankHolidays; }
}

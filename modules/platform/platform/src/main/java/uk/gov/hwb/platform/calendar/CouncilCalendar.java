package uk.gov.hwb.platform.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The working-day calendar: bank holidays (editable by administrators) and the deadlines computed
 * from them. Meetings, returns and forward plans all ask this one place.
 */
public interface CouncilCalendar {

    /** The council's time zone: every date and time users see, and every "today", is in it. */
    ZoneId ZONE = ZoneId.of("Europe/London");

    /** Five clear working days: the Local Government Act 1972 minimum for agenda publication. */
    int STATUTORY_CLEAR_DAYS = 5;

    List<BankHolidayDto> bankHolidays(int year);

    List<BankHolidayDto> allBankHolidays();

    BankHolidayDto addBankHoliday(BankHolidayDto holiday);

    BankHolidayDto updateBankHoliday(long id, BankHolidayDto holiday);

    void removeBankHoliday(long id);

    PublicationDeadline publicationDeadline(LocalDate meeting, int clearDays);

    WorkingDayCalendar workingDays();
}

package uk.gov.hwb.platform.ui.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.gov.hwb.platform.calendar.BankHolidayDto;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.security.Role;

/** The bank-holiday calendar: everyone signed in can read it, administrators keep it up to date. */
@Named
@ViewScoped
public class BankHolidaysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilCalendar calendar;

    @Inject
    transient SecurityContext security;

    private List<BankHolidayDto> holidays;
    private Long id;
    private LocalDate date;
    private String name;
    private long version;

    @PostConstruct
    void load() {
        holidays = calendar.allBankHolidays();
    }

    public boolean isEditor() {
        return security.isCallerInRole(Role.Names.ADMIN);
    }

    public void add() {
        id = null;
        date = null;
        name = null;
        version = 0;
    }

    public void edit(BankHolidayDto holiday) {
        id = holiday.id();
        date = holiday.date();
        name = holiday.name();
        version = holiday.version();
    }

    public void save() {
        if (!isEditor()) {
            return;
        }
        try {
            BankHolidayDto holiday = new BankHolidayDto(id, date, name, version);
            if (id == null) {
                calendar.addBankHoliday(holiday);
            } else {
                calendar.updateBankHoliday(id, holiday);
            }
            Messages.saved("Saved " + name + ".");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void remove(BankHolidayDto holiday) {
        if (!isEditor()) {
            return;
        }
        try {
            calendar.removeBankHoliday(holiday.id());
            Messages.saved("Removed " + holiday.name() + ".");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public List<BankHolidayDto> getHolidays() { return holidays; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}

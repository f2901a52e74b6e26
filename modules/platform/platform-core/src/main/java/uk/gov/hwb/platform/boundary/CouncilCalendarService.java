package uk.gov.hwb.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.platform.calendar.BankHolidayDto;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.calendar.PublicationDeadline;
import uk.gov.hwb.platform.calendar.WorkingDayCalendar;
import uk.gov.hwb.platform.entity.BankHoliday;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;

/**
 * The working-day calendar backed by the stored bank holidays. Whether Saturdays are working days
 * is the {@code hwb.calendar.saturdays-are-working-days} setting (default: they are not).
 */
@Stateless
public class CouncilCalendarService implements CouncilCalendar {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "hwb.calendar.saturdays-are-working-days", defaultValue = "false")
    boolean saturdaysAreWorkingDays;

    @Override
    public List<BankHolidayDto> bankHolidays(int year) {
        return em.createQuery("select b from BankHoliday b where b.date between :from and :to order by b.date", BankHoliday.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().stream().map(CouncilCalendarService::toDto).toList();
    }

    @Override
    public List<BankHolidayDto> allBankHolidays() {
        return em.createQuery("select b from BankHoliday b order by b.date", BankHoliday.class)
                .getResultList().stream().map(CouncilCalendarService::toDto).toList();
    }

    @Override
    public BankHolidayDto addBankHoliday(BankHolidayDto input) {
        Validations.requireValid(validator, input);
        requireFreeDate(input.date(), null);
        BankHoliday holiday = new BankHoliday(input.date(), input.name().strip());
        em.persist(holiday);
        em.flush();
        return toDto(holiday);
    }

    @Override
    public BankHolidayDto updateBankHoliday(long id, BankHolidayDto input) {
        Validations.requireValid(validator, input);
        BankHoliday holiday = find(id);
        Validations.requireVersion("Bank holiday " + holiday.getDate(), input.version(), holiday.getVersion());
        requireFreeDate(input.date(), id);
        holiday.setDate(input.date());
        holiday.setName(input.name().strip());
        em.flush();
        return toDto(holiday);
    }

    @Override
    public void removeBankHoliday(long id) {
        em.remove(find(id));
    }

    @Override
    public PublicationDeadline publicationDeadline(LocalDate meeting, int clearDays) {
        if (clearDays < 0 || clearDays > 60) {
            throw new InvalidInputException("clearDays", "must be between 0 and 60");
        }
        return new PublicationDeadline(meeting, clearDays, workingDays().clearWorkingDaysBefore(meeting, clearDays));
    }

    @Override
    public WorkingDayCalendar workingDays() {
        List<LocalDate> dates = em.createQuery("select b.date from BankHoliday b", LocalDate.class).getResultList();
        return new WorkingDayCalendar(dates, saturdaysAreWorkingDays);
    }

    private void requireFreeDate(LocalDate date, Long self) {
        Long clash = em.createQuery("select b.id from BankHoliday b where b.date = :d", Long.class)
                .setParameter("d", date).getResultStream().findFirst().orElse(null);
        if (clash != null && !clash.equals(self)) {
            throw new InvalidInputException("date", date + " is already a bank holiday");
        }
    }

    private BankHoliday find(long id) {
        BankHoliday holiday = em.find(BankHoliday.class, id);
        if (holiday == null) {
            throw new NotFoundException("Bank holiday", id);
        }
        return holiday;
    }

    private static BankHolidayDto toDto(BankHoliday b) {
        return new BankHolidayDto(b.getId(), b.getDate(), b.getName(), b.getVersion());
    }
}

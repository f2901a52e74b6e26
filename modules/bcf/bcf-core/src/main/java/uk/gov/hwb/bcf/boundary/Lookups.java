package uk.gov.hwb.bcf.boundary;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.gov.hwb.bcf.control.Years;
import uk.gov.hwb.bcf.entity.Plan;
import uk.gov.hwb.bcf.entity.PlanYear;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;

/** Finding a module's records by id or by plan and year, with the 404s and 400s users read. */
final class Lookups {

    private Lookups() {
    }

    static Plan plan(EntityManager em, long id) {
        Plan plan = em.find(Plan.class, id);
        if (plan == null) {
            throw new NotFoundException("Better Care Fund plan", id);
        }
        return plan;
    }

    /** A year of the plan named like 2023-24; a year the plan does not have is a 404 (it is part of the address). */
    static PlanYear year(EntityManager em, long planId, String yearText) {
        plan(em, planId);
        int start = Years.parse("year", yearText);
        return em.createQuery("select y from PlanYear y where y.plan.id = :p and y.startYear = :y", PlanYear.class)
                .setParameter("p", planId).setParameter("y", start).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Plan " + planId + " has no year " + Years.code(start)));
    }

    /** A year of the plan given in a request body: one it does not have is a 400 naming {@code field}. */
    static PlanYear yearField(EntityManager em, Plan plan, String field, String yearText) {
        int start = Years.parse(field, yearText);
        return plan.getYears().stream().filter(y -> y.getStartYear() == start).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, Years.code(start) + " is not a year of this plan; it has "
                        + String.join(", ", plan.getYears().stream().map(y -> Years.code(y.getStartYear())).toList())));
    }

    static List<Integer> startYears(Plan plan) {
        return plan.getYears().stream().map(PlanYear::getStartYear).sorted().toList();
    }

    static LocalDate today() {
        return LocalDate.now(CouncilCalendar.ZONE);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(CouncilCalendar.ZONE);
    }
}

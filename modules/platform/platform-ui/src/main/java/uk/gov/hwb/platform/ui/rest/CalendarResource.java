package uk.gov.hwb.platform.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.platform.calendar.BankHolidayDto;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.calendar.PublicationDeadline;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;

/** The working-day calendar: bank holidays (public to read) and publication deadlines. */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class CalendarResource {

    @Inject
    CouncilCalendar calendar;

    @GET
    @Path("bank-holidays")
    @Operation(summary = "England and Wales bank holidays in a calendar year (default: this year)")
    public List<BankHolidayDto> bankHolidays(@QueryParam("year") String year) {
        int y = Params.intOrDefault("year", year, LocalDate.now(CouncilCalendar.ZONE).getYear());
        if (y < 1900 || y > 2999) {
            throw new InvalidInputException("year", "must be between 1900 and 2999");
        }
        return calendar.bankHolidays(y);
    }

    @GET
    @Path("publication-deadline")
    @Operation(summary = "The last working day to publish papers and still leave the clear working days before a meeting",
            description = "clearDays defaults to 5, the statutory minimum. Clear days exclude the day of publication, the day of the "
                    + "meeting, Sundays, bank holidays and (unless the council's setting says otherwise) Saturdays.")
    public PublicationDeadline publicationDeadline(@QueryParam("meeting") String meeting, @QueryParam("clearDays") String clearDays) {
        return calendar.publicationDeadline(Params.requiredDate("meeting", meeting),
                Params.intOrDefault("clearDays", clearDays, CouncilCalendar.STATUTORY_CLEAR_DAYS));
    }

    @POST
    @Path("bank-holidays")
    @RolesAllowed(Role.Names.ADMIN)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Add a bank holiday (administrators)")
    public Response add(BankHolidayDto holiday) {
        return Response.status(Response.Status.CREATED).entity(calendar.addBankHoliday(holiday)).build();
    }

    @PUT
    @Path("bank-holidays/{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Change a bank holiday (administrators)")
    public BankHolidayDto update(@PathParam("id") long id, BankHolidayDto holiday) {
        return calendar.updateBankHoliday(id, holiday);
    }

    @DELETE
    @Path("bank-holidays/{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Remove a bank holiday (administrators)")
    public Response remove(@PathParam("id") long id) {
        calendar.removeBankHoliday(id);
        return Response.noContent().build();
    }
}

package uk.gov.hwb.bcf.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.bcf.api.AgreementChanges;
import uk.gov.hwb.bcf.api.CapacityChanges;
import uk.gov.hwb.bcf.api.CapacityDto;
import uk.gov.hwb.bcf.api.FundingTableDto;
import uk.gov.hwb.bcf.api.ImportResult;
import uk.gov.hwb.bcf.api.IncomeChanges;
import uk.gov.hwb.bcf.api.IncomeLine;
import uk.gov.hwb.bcf.api.MetricDto;
import uk.gov.hwb.bcf.api.Metrics;
import uk.gov.hwb.bcf.api.Minimums;
import uk.gov.hwb.bcf.api.NewMetric;
import uk.gov.hwb.bcf.api.NewPlan;
import uk.gov.hwb.bcf.api.NewReturn;
import uk.gov.hwb.bcf.api.NewScheme;
import uk.gov.hwb.bcf.api.PlanDto;
import uk.gov.hwb.bcf.api.Plans;
import uk.gov.hwb.bcf.api.ReturnDto;
import uk.gov.hwb.bcf.api.Returns;
import uk.gov.hwb.bcf.api.SchemeDto;
import uk.gov.hwb.bcf.api.SchemeQuery;
import uk.gov.hwb.bcf.api.Schemes;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.paging.Created;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Better Care Fund plans and everything addressed under a plan: its years' income, funding table,
 * minimums and capacity and demand, its scheme lines (and their import), its metrics and its
 * returns. Signed-in users read; finance officers (and administrators) change figures. Years in
 * addresses look like {@code 2023-24}. Only delegates: the facades check rights and rules.
 */
@Path("bcf/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Better Care Fund")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class PlansResource {


    @Inject
    Plans plans;

    @Inject
    Schemes schemes;

    @Inject
    Metrics metrics;

    @Inject
    Returns returns;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Every plan with its years' totals (income, planned expenditure, unallocated) and its Section 75 agreement")
    public List<PlanDto> list() {
        return plans.plans();
    }

    @POST
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Create a plan: {name, years: [\"2023-24\", \"2024-25\"]}; the Health and Wellbeing Board's chair signs off its returns unless signOffBodyId names another body")
    public Response create(NewPlan plan, @Context UriInfo uri) {
        PlanDto created = plans.create(Params.body(plan), viewer);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One plan")
    public PlanDto get(@PathParam("id") long id) {
        return plans.plan(id);
    }

    @PUT
    @Path("{id}/agreement")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Record the Section 75 agreement: parties, pooled fund host, the day each signed, agreed (needs both signatures); send the plan's version")
    public PlanDto agreement(@PathParam("id") long id, AgreementChanges agreement) {
        return plans.recordAgreement(id, Params.body(agreement), viewer);
    }

    @GET
    @Path("{id}/years/{year}/funding")
    @Operation(summary = "The funding table: rows [{source, income, expenditure, unallocated}] per national source, the total, the ring-fenced minimums")
    public FundingTableDto funding(@PathParam("id") long id, @PathParam("year") String year) {
        return plans.funding(id, year);
    }

    @PUT
    @Path("{id}/years/{year}/income")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Set the year's income: a list of {source, amount} (source by name, e.g. \"Minimum NHS Contribution\"; pounds, at most two decimals); optional ?version= of the funding table as read")
    public FundingTableDto income(@PathParam("id") long id, @PathParam("year") String year, List<IncomeLine> lines,
                                  @QueryParam("version") String version) {
        return plans.setIncome(id, year, new IncomeChanges(Params.body(lines), Requests.version(version)), viewer);
    }

    @PUT
    @Path("{id}/years/{year}/minimums")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Set the ring-fenced minimums of the Minimum NHS Contribution: {adultSocialCare, outOfHospital, version}")
    public FundingTableDto minimums(@PathParam("id") long id, @PathParam("year") String year, Minimums minimums) {
        return plans.setMinimums(id, year, Params.body(minimums), viewer);
    }

    @GET
    @Path("{id}/years/{year}/capacity")
    @Operation(summary = "Capacity and demand: uplift assumptions and each service's months, with the months demand exceeds capacity")
    public CapacityDto capacity(@PathParam("id") long id, @PathParam("year") String year) {
        return plans.capacity(id, year);
    }

    @PUT
    @Path("{id}/years/{year}/capacity")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Replace capacity and demand: {uplifts: [12 percentages, April first], lines: [{area, service, baseline: [12], capacity: [12]}], version}")
    public CapacityDto setCapacity(@PathParam("id") long id, @PathParam("year") String year, CapacityChanges capacity) {
        return plans.setCapacity(id, year, Params.body(capacity), viewer);
    }

    @GET
    @Path("{id}/schemes")
    @Operation(summary = "Scheme lines with spend and variance; filter by year, source, type, provider; sort by schemeId, name, source, type, provider, planned, forecast or variance (prefix - for descending)")
    public Page<SchemeDto> schemes(@PathParam("id") long id, @QueryParam("year") String year, @QueryParam("source") String source,
                                   @QueryParam("type") String type, @QueryParam("provider") String provider, @QueryParam("sort") String sort,
                                   @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        boolean descending = sort != null && sort.startsWith("-");
        return schemes.schemes(id, new SchemeQuery(year, source, type, provider, descending ? sort.substring(1) : sort, descending),
                PageRequest.fromQuery(offset, limit));
    }

    @POST
    @Path("{id}/schemes")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Add a scheme line {name, year, source, type, areaOfSpend, commissioner (LA, NHS, JOINT), provider, planned}; refused if the source's planned expenditure would exceed its income")
    public Response addScheme(@PathParam("id") long id, NewScheme scheme, @Context UriInfo uri) {
        SchemeDto created = schemes.create(id, Params.body(scheme), viewer);
        return Response.created(uri.getBaseUriBuilder().path("bcf/schemes/{id}").build(created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/schemes/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Import scheme lines from an XLSX sheet (form field 'file'; columns Scheme ID, Scheme name, Year, Source, Scheme type, Area of spend, Commissioner, Provider, Planned): all rows or none; each bad row named by its number")
    public ImportResult importSchemes(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        if (file == null) {
            throw new InvalidInputException("file", "send the workbook as the form field 'file'");
        }
        try (InputStream in = file.getContent()) {
            return schemes.importSchemes(id, in, viewer);
        } catch (IOException e) {
            throw new InvalidInputException("file", "the upload was interrupted; please try again");
        }
    }

    @GET
    @Path("{id}/metrics")
    @Operation(summary = "The national metrics, each quarter judged: value, target, projected, status (ON_TRACK, OFF_TRACK, NO_DATA), signed gap and sentence")
    public List<MetricDto> metrics(@PathParam("id") long id) {
        return metrics.metrics(id);
    }

    @POST
    @Path("{id}/metrics")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Add a metric {name, unit: PERCENT|RATE_PER_100K|COUNT, polarity: HIGHER_IS_BETTER|LOWER_IS_BETTER, basis: AS_IS|ANNUAL_PROJECTION, targets: {\"2023-24\": 80.0}}")
    public Response addMetric(@PathParam("id") long id, NewMetric metric, @Context UriInfo uri) {
        MetricDto created = metrics.create(id, Params.body(metric), viewer);
        return Response.created(uri.getBaseUriBuilder().path("bcf/metrics/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/returns")
    @Operation(summary = "The plan's quarterly returns with status, due date countdown, sign-off, locked versions and notings")
    public List<ReturnDto> returns(@PathParam("id") long id) {
        return returns.returns(id);
    }

    @POST
    @Path("{id}/returns")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Start a quarterly return {year, quarter, due} (due defaults to the last day of the month after the quarter)")
    public Response addReturn(@PathParam("id") long id, NewReturn quarterlyReturn, @Context UriInfo uri) {
        ReturnDto created = returns.create(id, Params.body(quarterlyReturn), viewer);
        return Response.created(uri.getBaseUriBuilder().path("bcf/returns/{id}").build(created.id())).entity(created).build();
    }

}

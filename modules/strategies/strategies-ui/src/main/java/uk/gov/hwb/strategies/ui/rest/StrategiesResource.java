package uk.gov.hwb.strategies.ui.rest;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.platform.paging.Created;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.strategies.api.ActionChanges;
import uk.gov.hwb.strategies.api.ActionDto;
import uk.gov.hwb.strategies.api.CorrectionDto;
import uk.gov.hwb.strategies.api.FocusDto;
import uk.gov.hwb.strategies.api.FocusText;
import uk.gov.hwb.strategies.api.ImportResultDto;
import uk.gov.hwb.strategies.api.MeasureDto;
import uk.gov.hwb.strategies.api.MeasureFigure;
import uk.gov.hwb.strategies.api.Measures;
import uk.gov.hwb.strategies.api.NewAction;
import uk.gov.hwb.strategies.api.NewMeasure;
import uk.gov.hwb.strategies.api.NewPeriod;
import uk.gov.hwb.strategies.api.NewPriority;
import uk.gov.hwb.strategies.api.NewStrategy;
import uk.gov.hwb.strategies.api.PeriodClosing;
import uk.gov.hwb.strategies.api.PeriodDto;
import uk.gov.hwb.strategies.api.PriorityChanges;
import uk.gov.hwb.strategies.api.PriorityDto;
import uk.gov.hwb.strategies.api.ProgressSummaries;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.StatusUpdate;
import uk.gov.hwb.strategies.api.StatusUpdates;
import uk.gov.hwb.strategies.api.Strategies;
import uk.gov.hwb.strategies.api.StrategyChanges;
import uk.gov.hwb.strategies.api.StrategyDto;
import uk.gov.hwb.strategies.api.TrendDto;
import uk.gov.hwb.strategies.api.UpdateDto;
import uk.gov.hwb.strategies.api.UpdateDueDto;

/**
 * Strategies, their plans, periods, status updates, measures and summaries under
 * {@code /api/strategies} (one class for the whole prefix: RESTEasy picks one class per prefix).
 * Signed-in users read; the facades decide who may change what (strategy leads their strategies,
 * an action's lead its updates), so a refusal is a 403 problem naming why.
 */
@Path("strategies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategies")
@SecurityRequirement(name = "basic")
@RolesAllowed("**")
public class StrategiesResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /*
     * The bodies below carry enum values as text, so a value that is not one of them is a 400 naming
     * the field (JSON binding would refuse the whole body without saying which field); the facades'
     * commands take the enums.
     */

    /** A new strategy as sent: {@link NewStrategy} with its statuses as text. */
    public record StrategyInput(String name, String description, Integer from, Integer to, Long organisationId, Long bodyId, Long leadPersonId,
                                List<String> statuses, Long version) {

        List<ProgressStatus> statusList() {
            return statuses == null ? null : statuses.stream().map(s -> {
                ProgressStatus status = Params.optionalEnum("statuses", s, ProgressStatus.class);
                if (status == null) {
                    throw new InvalidInputException("statuses", "has an empty status");
                }
                return status;
            }).toList();
        }
    }

    /** An update as sent: {@link StatusUpdate} with its status as text. */
    public record UpdateInput(String status, String commentary, String mitigation, Boolean keyImpact, Boolean draft, String correctionReason,
                              Long version) {

        StatusUpdate command() {
            return new StatusUpdate(Params.optionalEnum("status", status, ProgressStatus.class), commentary, mitigation, keyImpact, draft,
                    correctionReason, version);
        }
    }

    /** A new measure as sent: {@link NewMeasure} with its unit, polarity and basis as text. */
    public record MeasureInput(String name, String unit, String polarity, String basis, Long priorityId, BigDecimal baseline, LocalDate baselineDate,
                               BigDecimal target, LocalDate targetDate, String source) {

        NewMeasure command() {
            return new NewMeasure(name, Params.optionalEnum("unit", unit, MeasureUnit.class), Params.optionalEnum("polarity", polarity, Polarity.class),
                    Params.optionalEnum("basis", basis, Basis.class), priorityId, baseline, baselineDate, target, targetDate, source);
        }
    }

    @Inject
    Strategies strategies;

    @Inject
    StatusUpdates updates;

    @Inject
    ProgressSummaries summaries;

    @Inject
    Measures measures;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Strategies by name (q filters), a page at a time")
    public Page<StrategyDto> list(@QueryParam("q") String q, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return strategies.strategies(q, PageRequest.fromQuery(offset, limit));
    }

    @POST
    @RolesAllowed({Role.Names.STRATEGY_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Add a strategy: {name, from, to} required; description, organisationId, bodyId, leadPersonId (default: you)"
            + " and statuses (default ON_COURSE, SOME_SLIPPAGE, AT_RISK, UNDER_REVIEW) optional")
    public Response create(StrategyInput input, @Context UriInfo uri) {
        StrategyInput s = Params.body(input);
        StrategyDto created = strategies.create(new NewStrategy(s.name(), s.description(), s.from(), s.to(), s.organisationId(), s.bodyId(),
                s.leadPersonId(), s.statusList()), viewer);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One strategy with its plan (priorities → actions → sub-actions, each with its latest status) and its periods")
    public StrategyDto get(@PathParam("id") long id) {
        return strategies.strategy(id);
    }

    @PUT
    @Path("{id: \\d+}")
    @Operation(summary = "Change a strategy's details (its lead and administrators); send the version you read")
    public StrategyDto change(@PathParam("id") long id, StrategyInput input) {
        StrategyInput s = Params.body(input);
        return strategies.change(id, new StrategyChanges(s.name(), s.description(), s.from(), s.to(), s.organisationId(), s.bodyId(),
                s.leadPersonId(), s.statusList(), s.version()), viewer);
    }

    @POST
    @Path("{id: \\d+}/priorities")
    @Operation(summary = "Add a numbered priority (ambition): {number, name}")
    public Response addPriority(@PathParam("id") long id, NewPriority priority, @Context UriInfo uri) {
        PriorityDto created = strategies.addPriority(id, Params.body(priority), viewer);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id: \\d+}/priorities/{priorityId: \\d+}")
    @Operation(summary = "Change a priority's name or description")
    public PriorityDto changePriority(@PathParam("id") long id, @PathParam("priorityId") long priorityId, PriorityChanges changes) {
        return strategies.changePriority(id, priorityId, Params.body(changes), viewer);
    }

    @PUT
    @Path("{id: \\d+}/priorities/{priorityId: \\d+}/focus/{year}")
    @Operation(summary = "Write a priority's focus for the year ahead (year like 2023-24), as the annual report prints it: {text, version}")
    public FocusDto focus(@PathParam("id") long id, @PathParam("priorityId") long priorityId, @PathParam("year") String year, FocusText focus) {
        return strategies.setFocus(id, priorityId, year, Params.body(focus), viewer);
    }

    @POST
    @Path("{id: \\d+}/actions")
    @Operation(summary = "Add an action or sub-action: {code, title, priorityId, parentId, leadPersonId, leadOrganisationId, measuring, targetDate};"
            + " codes like 1.2 (priority 1, action 2) and 1.2B (its sub-action) are checked")
    public Response addAction(@PathParam("id") long id, NewAction action, @Context UriInfo uri) {
        ActionDto created = strategies.addAction(id, Params.body(action), viewer);
        return Response.created(uri.getBaseUriBuilder().path("strategies/actions/" + created.id()).build()).entity(created).build();
    }

    @GET
    @Path("actions/{actionId: \\d+}")
    @Operation(summary = "One action with its sub-actions and latest status")
    public ActionDto action(@PathParam("actionId") long actionId) {
        return strategies.action(actionId);
    }

    @PUT
    @Path("actions/{actionId: \\d+}")
    @Operation(summary = "Change an action's title, lead, measure or target date; send the version you read")
    public ActionDto changeAction(@PathParam("actionId") long actionId, ActionChanges changes) {
        return strategies.changeAction(actionId, Params.body(changes), viewer);
    }

    @GET
    @Path("actions/{actionId: \\d+}/updates/{periodId: \\d+}")
    @Operation(summary = "The action's update for the period (404 if there is none yet)")
    public UpdateDto getUpdate(@PathParam("actionId") long actionId, @PathParam("periodId") long periodId) {
        return updates.update(actionId, periodId)
                .orElseThrow(() -> new NotFoundException("Action " + actionId + " has no update for period " + periodId + " yet"));
    }

    @PUT
    @Path("actions/{actionId: \\d+}/updates/{periodId: \\d+}")
    @Operation(summary = "Record an action's status for a period: {status, commentary, mitigation, keyImpact}; mitigation is required for"
            + " SOME_SLIPPAGE and AT_RISK; draft: true keeps it uncounted; version when it exists; correctionReason once the period is closed")
    public UpdateDto putUpdate(@PathParam("actionId") long actionId, @PathParam("periodId") long periodId, UpdateInput update) {
        return updates.record(actionId, periodId, Params.body(update).command(), viewer);
    }

    @GET
    @Path("my-updates")
    @Operation(summary = "The updates you owe as an action's lead: actions in open periods without a submitted update, overdue ones first")
    public List<UpdateDueDto> myUpdates() {
        return updates.dueFor(viewer);
    }

    @GET
    @Path("{id: \\d+}/periods")
    @Operation(summary = "The strategy's reporting periods, oldest first")
    public List<PeriodDto> periods(@PathParam("id") long id) {
        return strategies.periods(id);
    }

    @POST
    @Path("{id: \\d+}/periods")
    @Operation(summary = "Add a reporting period: {name, updatesDue} (endsOn, the last day it reports on, defaults to updatesDue)")
    public Response addPeriod(@PathParam("id") long id, NewPeriod period, @Context UriInfo uri) {
        PeriodDto created = strategies.addPeriod(id, Params.body(period), viewer);
        return Created.at(uri, created.id(), created);
    }

    @POST
    @Path("{id: \\d+}/periods/{periodId: \\d+}/close")
    @Operation(summary = "Close a period whose summary went to the board: {note, version}; the summary is kept as reported and later changes are corrections")
    public PeriodDto close(@PathParam("id") long id, @PathParam("periodId") long periodId, PeriodClosing closing) {
        return strategies.closePeriod(id, periodId, Params.body(closing), viewer);
    }

    @GET
    @Path("{id: \\d+}/periods/{periodId: \\d+}/updates")
    @Operation(summary = "Every update of the period, drafts included, in code order")
    public List<UpdateDto> periodUpdates(@PathParam("id") long id, @PathParam("periodId") long periodId) {
        return updates.updates(id, periodId);
    }

    @GET
    @Path("{id: \\d+}/periods/{periodId: \\d+}/corrections")
    @Operation(summary = "The corrections made since the period closed, newest first")
    public List<CorrectionDto> corrections(@PathParam("id") long id, @PathParam("periodId") long periodId) {
        return updates.corrections(id, periodId);
    }

    @GET
    @Path("{id: \\d+}/periods/{periodId: \\d+}/summary")
    @Operation(summary = "The period's progress summary: per priority and overall the counts, shares (one decimal place) and changes in points"
            + " against the previous period, key impacts and slippages; as=reported for the summary frozen when the period closed")
    public ProgressSummaryDto summary(@PathParam("id") long id, @PathParam("periodId") long periodId, @QueryParam("as") String as) {
        return summaries.summary(id, periodId, asReported(as));
    }

    @GET
    @Path("{id: \\d+}/periods/{periodId: \\d+}/summary.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The progress summary as a tagged PDF (PDF/UA), laid out like the board's progress summaries; as=reported as above")
    public Response summaryPdf(@PathParam("id") long id, @PathParam("periodId") long periodId, @QueryParam("as") String as) {
        byte[] pdf = summaries.summaryPdf(id, periodId, asReported(as));
        return file(pdf, "application/pdf", "progress-summary-" + id + "-" + periodId + ".pdf");
    }

    @GET
    @Path("{id: \\d+}/trend")
    @Operation(summary = "The overall status mix of every period, oldest first")
    public TrendDto trend(@PathParam("id") long id) {
        return summaries.trend(id);
    }

    @GET
    @Path("{id: \\d+}/annual-report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The strategy's annual report for a financial year (year=2023-24) as a tagged PDF")
    public Response annualReport(@PathParam("id") long id, @QueryParam("year") String year) {
        return file(summaries.annualReportPdf(List.of(id), year(year)), "application/pdf", "annual-report-" + id + "-" + year + ".pdf");
    }

    @GET
    @Path("annual-report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Several strategies' annual report in one document (strategies=1,2,3 in that order; year=2023-24)")
    public Response combinedAnnualReport(@QueryParam("strategies") String ids, @QueryParam("year") String year) {
        if (ids == null || ids.isBlank()) {
            throw new InvalidInputException("strategies", "is required: the strategies' ids, separated by commas (1,2,3)");
        }
        List<Long> strategyIds = new ArrayList<>();
        for (String part : ids.split(",")) {
            Integer id = Params.optionalInt("strategies", part);
            if (id == null) {
                throw new InvalidInputException("strategies", "'" + ids + "' has an empty id; write ids separated by commas (1,2,3)");
            }
            strategyIds.add(id.longValue());
        }
        return file(summaries.annualReportPdf(strategyIds, year(year)), "application/pdf", "annual-report-" + year + ".pdf");
    }

    @POST
    @Path("{id: \\d+}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import an action plan from XLSX (form field 'file'; 'periodId' for statuses on rows that name no period): columns Code, Title,"
            + " Lead, What we measure, Target date, and optionally Priority, Period, Status, Commentary, What are we doing to address this,"
            + " Key impact. Every bad row is reported (rows[N].column); nothing is stored unless all rows are good")
    public ImportResultDto importPlan(@PathParam("id") long id, @FormParam("file") EntityPart file, @FormParam("periodId") String periodId) {
        if (file == null) {
            throw new InvalidInputException("file", "send the workbook as the form field 'file'");
        }
        Integer period = Params.optionalInt("periodId", periodId);
        try (InputStream in = file.getContent()) {
            return strategies.importPlan(id, in, period == null ? null : period.longValue(), viewer);
        } catch (IOException e) {
            throw new InvalidInputException("file", "the upload was interrupted; please try again");
        }
    }

    @GET
    @Path("{id: \\d+}/plan.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The plan with each action's latest status, as XLSX in the import's columns")
    public Response plan(@PathParam("id") long id) {
        return file(strategies.exportPlan(id), XLSX, "action-plan-" + id + ".xlsx");
    }

    @GET
    @Path("{id: \\d+}/measures")
    @Operation(summary = "The strategy's measures with their values, each judged by the measures rule (usually against the trajectory to the target)")
    public List<MeasureDto> measures(@PathParam("id") long id) {
        return measures.measures(id);
    }

    @POST
    @Path("{id: \\d+}/measures")
    @Operation(summary = "Add a measure: {name, unit, polarity} and optionally basis (TRAJECTORY or AS_IS), baseline, baselineDate, target, targetDate")
    public Response addMeasure(@PathParam("id") long id, MeasureInput measure, @Context UriInfo uri) {
        MeasureDto created = measures.add(id, Params.body(measure).command(), viewer);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("measures/{measureId: \\d+}/values/{periodId: \\d+}")
    @Operation(summary = "Record a measure's value for a period: {value, valueDate, note, version}")
    public MeasureDto recordValue(@PathParam("measureId") long measureId, @PathParam("periodId") long periodId, MeasureFigure figure) {
        return measures.recordValue(measureId, periodId, Params.body(figure), viewer);
    }

    private static boolean asReported(String as) {
        if (as == null || as.isBlank() || as.equals("current")) {
            return false;
        }
        if (as.equals("reported")) {
            return true;
        }
        throw new InvalidInputException("as", "must be 'reported' (the summary as it went to the board) or left out (as it stands now)");
    }

    private static String year(String year) {
        if (year == null || !year.matches("\\d{4}-\\d{2}")) {
            throw new InvalidInputException("year", "is required, as a financial year like 2023-24");
        }
        return year;
    }

    private static Response file(byte[] content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}

package uk.gov.hwb.board.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.MembershipDto;
import uk.gov.hwb.board.api.Minutes;
import uk.gov.hwb.board.api.MinutesDto;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.board.api.PublishedMeetingDto;
import uk.gov.hwb.board.api.PublishedMeetingDto.PublishedItemDto;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Viewer;

/**
 * A read-only OParl 1.1 interface (https://oparl.org/spezifikation/) over the public record.
 * OParl's Body is the council; its Organizations are our boards and groups. Everything is as the
 * public sees it, whoever asks: agenda items carry {@code public}, confidential papers are absent,
 * and a confidential item's result is its exemption and public summary. Every object is retrievable
 * at its id (OParl 1.1, "URLs"): meetings' locations, agenda items and consultations, memberships,
 * papers' main files and the minutes (Meeting.resultsProtocol). Also served at /oparl/v1.1/… (see
 * undertow-handlers.conf).
 */
@Path("oparl/v1.1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds and open data")
public class OparlResource {

    private static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final long COUNCIL = 1;
    private static final int PER_PAGE = 20;
    /** Keeps (page - 1) × PER_PAGE a valid list offset: a far page is a 400 naming "page", not a 500. */
    private static final int MAX_PAGE = 100_000;

    @Inject
    Bodies bodies;

    @Inject
    Meetings meetings;

    @Inject
    Publications publications;

    @Inject
    Minutes minutes;

    @Inject
    @ConfigProperty(name = "hwb.council.name", defaultValue = "Southend-on-Sea City Council")
    String councilName;

    @Context
    UriInfo uri;

    @GET
    @Path("system")
    @Operation(summary = "OParl System: the entry point")
    public Map<String, Object> system() {
        Map<String, Object> system = object("system", "System");
        system.put("oparlVersion", SCHEMA);
        system.put("name", "Board Papers & Partnership Performance – " + councilName);
        system.put("body", base() + "/bodies");
        system.put("website", SiteAddress.of(uri) + "/public/index.xhtml");
        return system;
    }

    @GET
    @Path("bodies")
    @Operation(summary = "OParl Body list: the council")
    public Map<String, Object> bodies(@QueryParam("page") String page) {
        return list(List.of(council()), page, "/bodies");
    }

    @GET
    @Path("body/{id}")
    @Operation(summary = "OParl Body: the council")
    public Map<String, Object> body(@PathParam("id") long id) {
        if (id != COUNCIL) {
            throw new NotFoundException("Body", id);
        }
        return council();
    }

    @GET
    @Path("body/{id}/organizations")
    @Operation(summary = "OParl Organization list: the boards and partnership groups (paged)")
    public Map<String, Object> organizations(@PathParam("id") long id, @QueryParam("page") String page) {
        body(id);
        return list(bodies.bodies().stream().map(this::organization).toList(), page, "/body/1/organizations");
    }

    @GET
    @Path("organization/{id}")
    @Operation(summary = "OParl Organization")
    public Map<String, Object> organization(@PathParam("id") long id) {
        return organization(bodies.body(id));
    }

    @GET
    @Path("body/{id}/people")
    @Operation(summary = "OParl Person list: members of the boards and groups (paged)")
    public Map<String, Object> people(@PathParam("id") long id, @QueryParam("page") String page) {
        body(id);
        return list(new ArrayList<>(memberships().values().stream().map(this::person).toList()), page, "/body/1/people");
    }

    @GET
    @Path("person/{id}")
    @Operation(summary = "OParl Person, with memberships")
    public Map<String, Object> person(@PathParam("id") long id) {
        return Optional.ofNullable(memberships().get(id)).map(this::person).orElseThrow(() -> new NotFoundException("Person", id));
    }

    @GET
    @Path("body/{id}/meetings")
    @Operation(summary = "OParl Meeting list: announced meetings, oldest first (paged)")
    public Map<String, Object> meetingList(@PathParam("id") long id, @QueryParam("page") String page) {
        body(id);
        int number = pageNumber(page);
        var found = meetings.meetings(null, null, null, Viewer.anonymous(), new PageRequest((number - 1) * PER_PAGE, PER_PAGE));
        return paged(found.items().stream().map(this::meeting).toList(), found.total(), number, "/body/1/meetings");
    }

    @GET
    @Path("meeting/{id}")
    @Operation(summary = "OParl Meeting, with its agenda items")
    public Map<String, Object> meeting(@PathParam("id") long id) {
        return meeting(meetings.meeting(id, Viewer.anonymous()));
    }

    @GET
    @Path("body/{id}/papers")
    @Operation(summary = "OParl Paper list: published public reports (paged)")
    public Map<String, Object> papers(@PathParam("id") long id, @QueryParam("page") String page) {
        body(id);
        List<Map<String, Object>> papers = new ArrayList<>();
        int offset = 0;
        List<MeetingDto> batch;
        do {
            batch = meetings.meetings(null, null, null, Viewer.anonymous(), new PageRequest(offset, 500)).items();
            for (MeetingDto meeting : batch) {
                published(meeting.id()).ifPresent(p -> p.items().stream().filter(i -> i.report() != null && !i.confidential())
                        .forEach(i -> papers.add(paper(i.report().report()))));
            }
            offset += batch.size();
        } while (batch.size() == 500);
        return list(papers, page, "/body/1/papers");
    }

    @GET
    @Path("paper/{id}")
    @Operation(summary = "OParl Paper: a published public report")
    public Map<String, Object> paper(@PathParam("id") long id) {
        return paper(publications.publishedReport(id, Viewer.anonymous()).report());
    }

    @GET
    @Path("file/{id}")
    @Operation(summary = "OParl File: an appendix of a published public report")
    public Map<String, Object> file(@PathParam("id") long id, @QueryParam("paper") String paper) {
        Integer reportId = Params.optionalInt("paper", paper);
        if (reportId == null) {
            throw new NotFoundException("File " + id + " is addressed with its paper: file/" + id + "?paper=<paper id>");
        }
        ReportDto report = publications.publishedReport(reportId, Viewer.anonymous()).report();
        return report.appendices().stream().filter(a -> a.id() == id).findFirst().map(a -> file(report, a))
                .orElseThrow(() -> new NotFoundException("File", id));
    }

    @GET
    @Path("meeting/{id}/agendaitem/{itemId}")
    @Operation(summary = "OParl AgendaItem: an item of a published agenda, with its result (decisions) once minuted")
    public Map<String, Object> agendaItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        MeetingDto meeting = announcedMeeting(id);
        PublishedItemDto item = published(id).flatMap(p -> p.items().stream().filter(i -> i.item().id() == itemId).findFirst())
                .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
        return agendaItem(meeting, item, results(id));
    }

    @GET
    @Path("meeting/{id}/location")
    @Operation(summary = "OParl Location: where the meeting takes place")
    public Map<String, Object> location(@PathParam("id") long id) {
        return location(announcedMeeting(id));
    }

    @GET
    @Path("meeting/{id}/consultation/{itemId}")
    @Operation(summary = "OParl Consultation: a paper considered under an agenda item")
    public Map<String, Object> consultation(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        MeetingDto meeting = announcedMeeting(id);
        PublishedItemDto item = published(id).flatMap(p -> p.items().stream().filter(i -> i.item().id() == itemId).findFirst())
                .filter(i -> i.report() != null && !i.confidential()).orElseThrow(() -> new NotFoundException("Consultation", itemId));
        return consultation(meeting, item);
    }

    @GET
    @Path("meeting/{id}/resultsprotocol")
    @Operation(summary = "OParl File: the minutes of the meeting (public version, tagged PDF)")
    public Map<String, Object> resultsProtocol(@PathParam("id") long id) {
        MeetingDto meeting = announcedMeeting(id);
        if (!results(id).recorded()) {
            throw new NotFoundException("Meeting " + id + " has no minutes yet.");
        }
        return resultsProtocol(meeting);
    }

    @GET
    @Path("paper/{id}/mainfile")
    @Operation(summary = "OParl File: a published public report's main file")
    public Map<String, Object> mainFile(@PathParam("id") long id) {
        return mainFile(publications.publishedReport(id, Viewer.anonymous()).report());
    }

    @GET
    @Path("membership/{id}")
    @Operation(summary = "OParl Membership: a person's seat on a board or group")
    public Map<String, Object> membership(@PathParam("id") long id) {
        return memberships().values().stream().flatMap(List::stream).filter(m -> m.id() == id).findFirst().map(this::membership)
                .orElseThrow(() -> new NotFoundException("Membership", id));
    }

    /** A meeting as the public may know it: the facade hides drafts from them. */
    private MeetingDto announcedMeeting(long id) {
        return meetings.meeting(id, Viewer.anonymous());
    }

    private MinutesDto results(long meetingId) {
        return minutes.minutes(meetingId, Viewer.anonymous());
    }

    private Map<String, Object> council() {
        Map<String, Object> body = object("body/" + COUNCIL, "Body");
        body.put("system", base() + "/system");
        body.put("name", councilName);
        body.put("organization", base() + "/body/1/organizations");
        body.put("person", base() + "/body/1/people");
        body.put("meeting", base() + "/body/1/meetings");
        body.put("paper", base() + "/body/1/papers");
        body.put("legislativeTerm", List.of());
        body.put("web", SiteAddress.of(uri) + "/public/index.xhtml");
        return body;
    }

    private Map<String, Object> organization(BodyDto b) {
        Map<String, Object> org = object("organization/" + b.id(), "Organization");
        org.put("body", base() + "/body/1");
        org.put("name", b.name());
        org.put("organizationType", "Gremium");
        org.put("classification", b.kind().name());
        org.put("membership", bodies.members(b.id()).stream().map(m -> base() + "/membership/" + m.id()).toList());
        org.put("meeting", base() + "/body/1/meetings");
        if (b.parentId() != null) {
            org.put("subOrganizationOf", base() + "/organization/" + b.parentId());
        }
        org.put("web", SiteAddress.of(uri) + "/public/index.xhtml?body=" + b.id());
        return org;
    }

    /** Memberships of every body, grouped by person id. */
    private Map<Long, List<MembershipDto>> memberships() {
        Map<Long, List<MembershipDto>> byPerson = new TreeMap<>();
        for (BodyDto b : bodies.bodies()) {
            for (MembershipDto m : bodies.members(b.id())) {
                byPerson.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m);
            }
        }
        return byPerson;
    }

    private Map<String, Object> person(List<MembershipDto> memberships) {
        MembershipDto first = memberships.get(0);
        Map<String, Object> person = object("person/" + first.personId(), "Person");
        person.put("body", base() + "/body/1");
        person.put("name", first.personName());
        person.put("membership", memberships.stream().map(this::membership).toList());
        person.put("web", SiteAddress.of(uri) + "/public/member.xhtml?id=" + first.personId());
        return person;
    }

    private Map<String, Object> membership(MembershipDto m) {
        Map<String, Object> membership = object("membership/" + m.id(), "Membership");
        membership.put("person", base() + "/person/" + m.personId());
        membership.put("organization", base() + "/organization/" + m.bodyId());
        membership.put("role", m.role().label());
        membership.put("votingRight", m.voting());
        membership.put("startDate", m.from().toString());
        if (m.to() != null) {
            membership.put("endDate", m.to().toString());
        }
        return membership;
    }

    private Map<String, Object> meeting(MeetingDto m) {
        Map<String, Object> meeting = object("meeting/" + m.id(), "Meeting");
        meeting.put("name", m.bodyName());
        meeting.put("meetingState", m.status().name());
        meeting.put("cancelled", m.status() == MeetingStatus.CANCELLED);
        meeting.put("start", m.start().toString());
        meeting.put("location", location(m));
        meeting.put("organization", List.of(base() + "/organization/" + m.bodyId()));
        MinutesDto results = results(m.id());
        meeting.put("agendaItem", published(m.id()).map(p -> p.items().stream().map(i -> agendaItem(m, i, results)).toList()).orElse(List.of()));
        if (results.recorded()) {
            meeting.put("resultsProtocol", resultsProtocol(m));
        }
        meeting.put("web", SiteAddress.of(uri) + "/public/meeting.xhtml?id=" + m.id());
        return meeting;
    }

    private Map<String, Object> location(MeetingDto m) {
        Map<String, Object> location = object("meeting/" + m.id() + "/location", "Location");
        location.put("description", m.venue());
        location.put("meeting", List.of(base() + "/meeting/" + m.id()));
        return location;
    }

    private Map<String, Object> resultsProtocol(MeetingDto m) {
        Map<String, Object> file = object("meeting/" + m.id() + "/resultsprotocol", "File");
        file.put("name", "Minutes – " + m.bodyName() + ", " + m.start().toLocalDate());
        file.put("fileName", "minutes-" + m.id() + ".pdf");
        file.put("mimeType", "application/pdf");
        file.put("accessUrl", SiteAddress.of(uri) + "/api/meetings/" + m.id() + "/minutes.pdf");
        file.put("meeting", List.of(base() + "/meeting/" + m.id()));
        return file;
    }

    /**
     * An agenda item with its result: the resolutions as minuted for public business; for confidential
     * business only its exemption and public summary.
     */
    private Map<String, Object> agendaItem(MeetingDto m, PublishedItemDto published, MinutesDto results) {
        var i = published.item();
        Map<String, Object> item = object("meeting/" + m.id() + "/agendaitem/" + i.id(), "AgendaItem");
        item.put("meeting", base() + "/meeting/" + m.id());
        item.put("number", String.valueOf(i.number()));
        item.put("order", i.number());
        item.put("name", i.title());
        item.put("public", !published.confidential());
        if (published.report() != null && !published.confidential()) {
            item.put("consultation", base() + "/meeting/" + m.id() + "/consultation/" + i.id());
        }
        results.items().stream().filter(r -> r.itemId() == i.id()).findFirst().ifPresent(r -> {
            if (r.withheld() || published.confidential()) {
                if (r.publicSummary() != null || !r.resolutions().isEmpty()) {
                    item.put("result", (r.exemptionLabel() == null ? "Exempt" : r.exemptionLabel()) + ". "
                            + (r.publicSummary() == null ? "The decision is not published." : r.publicSummary()));
                }
            } else if (!r.resolutions().isEmpty()) {
                item.put("result", "Resolved");
                item.put("resolutionText", String.join("\n", r.resolutions()));
            }
        });
        return item;
    }

    private Map<String, Object> consultation(MeetingDto m, PublishedItemDto published) {
        Map<String, Object> consultation = object("meeting/" + m.id() + "/consultation/" + published.item().id(), "Consultation");
        consultation.put("paper", base() + "/paper/" + published.report().report().id());
        consultation.put("agendaItem", base() + "/meeting/" + m.id() + "/agendaitem/" + published.item().id());
        consultation.put("meeting", base() + "/meeting/" + m.id());
        consultation.put("organization", List.of(base() + "/organization/" + m.bodyId()));
        consultation.put("authoritative", true);
        return consultation;
    }

    private Map<String, Object> paper(ReportDto r) {
        Map<String, Object> paper = object("paper/" + r.id(), "Paper");
        paper.put("body", base() + "/body/1");
        paper.put("name", r.title());
        paper.put("reference", "R" + r.id());
        paper.put("date", r.meetingDate().toString());
        paper.put("paperType", "Report");
        paper.put("mainFile", mainFile(r));
        paper.put("auxiliaryFile", r.appendices().stream().map(a -> file(r, a)).toList());
        paper.put("web", SiteAddress.of(uri) + "/public/report.xhtml?id=" + r.id());
        return paper;
    }

    /** The report itself, as its accessible PDF. */
    private Map<String, Object> mainFile(ReportDto r) {
        Map<String, Object> main = object("paper/" + r.id() + "/mainfile", "File");
        main.put("name", r.title());
        main.put("fileName", "report-" + r.id() + ".pdf");
        main.put("mimeType", "application/pdf");
        main.put("accessUrl", SiteAddress.of(uri) + "/api/reports/" + r.id() + "/report.pdf");
        main.put("paper", List.of(base() + "/paper/" + r.id()));
        return main;
    }

    private Map<String, Object> file(ReportDto r, AppendixDto a) {
        Map<String, Object> file = object("file/" + a.id() + "?paper=" + r.id(), "File");
        file.put("name", "Appendix " + a.number() + " – " + a.title());
        file.put("fileName", a.fileName() == null ? a.title() + ".pdf" : a.fileName());
        file.put("mimeType", "application/pdf");
        if (a.sizeBytes() != null) {
            file.put("size", a.sizeBytes());
            file.put("sha256Checksum", a.sha256());
        }
        file.put("date", a.addedAt().atZoneSameInstant(CouncilCalendar.ZONE).toLocalDate().toString());
        file.put("accessUrl", SiteAddress.of(uri) + "/api/appendices/" + a.id() + "/content");
        file.put("paper", List.of(base() + "/paper/" + r.id()));
        return file;
    }

    private Optional<PublishedMeetingDto> published(long meetingId) {
        return publications.published(meetingId, Viewer.anonymous());
    }

    private Map<String, Object> list(List<Map<String, Object>> all, String page, String path) {
        int number = pageNumber(page);
        int from = Math.min(all.size(), (number - 1) * PER_PAGE);
        return paged(all.subList(from, Math.min(all.size(), from + PER_PAGE)), all.size(), number, path);
    }

    private Map<String, Object> paged(List<Map<String, Object>> data, long total, int number, String path) {
        long pages = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", PER_PAGE);
        pagination.put("currentPage", number);
        pagination.put("totalPages", pages);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", base() + path + "?page=1");
        if (number > 1) {
            links.put("prev", base() + path + "?page=" + (number - 1));
        }
        if (number < pages) {
            links.put("next", base() + path + "?page=" + (number + 1));
        }
        links.put("last", base() + path + "?page=" + pages);
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("data", data);
        list.put("pagination", pagination);
        list.put("links", links);
        return list;
    }

    private static int pageNumber(String page) {
        int number = Params.intOrDefault("page", page, 1);
        if (number < 1) {
            throw new uk.gov.hwb.platform.problem.InvalidInputException("page", "pages are numbered from 1");
        }
        if (number > MAX_PAGE) {
            throw new uk.gov.hwb.platform.problem.InvalidInputException("page", "must be between 1 and " + MAX_PAGE);
        }
        return number;
    }

    private Map<String, Object> object(String path, String type) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", base() + "/" + path);
        object.put("type", SCHEMA + type);
        return object;
    }

    private String base() {
        return SiteAddress.of(uri) + "/oparl/v1.1";
    }
}

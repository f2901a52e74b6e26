package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static uk.gov.hwb.it.Papers.id;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Confidential (Part 2) content never reaches anyone who may not see it, by any route.
 *
 * <p>The fixture is one meeting of a new body with a public item (its report and appendix carry
 * the word {@code openword…}) and a confidential item whose report, appendix, appendix title and
 * urgency reason carry a unique marker; a second confidential report stays a draft. It is
 * published and its packs are built.
 *
 * <p><b>Routes come from the OpenAPI document</b> ({@code GET /openapi}), so a route any module
 * adds later is probed too. Every GET route is expanded to concrete addresses: each path
 * parameter is filled from the fixture by the name of the collection before it
 * ({@link #PATH_FIXTURES}; a report route is probed with the public and the confidential
 * report), query parameters by their name ({@link #QUERY_FIXTURES}). A GET route whose path
 * parameter the test cannot fill <b>fails the test</b>: whoever adds a route adds its fixture
 * here, so no route goes unprobed.
 *
 * <p>Each address is fetched anonymously, as a member of another body, as another report author
 * and as a finance officer. The marker must never be in the answer (PDFs are checked by their
 * extracted text too). Every address must answer 200, except those the OpenAPI document marks as
 * needing a sign-in (401 for the anonymous), the role-restricted ones in {@link #ROLE_RESTRICTED}
 * (403) and the addresses of the confidential report, its appendix and the members' pack (403):
 * so a route that is broken, or that refuses everyone, cannot pass by leaking nothing. Where the
 * route is about the meeting's papers ({@link #PAPER_ROUTES}) the answer must also carry the
 * public item's word, so an empty answer cannot pass either.
 *
 * <p>The audit log is probed the same way, through the API and the page, filtered to each
 * confidential record and unfiltered; a publication's frozen snapshot must not be in the log at
 * all. Positive controls: democratic services and the confidential report's own author see its
 * history, and a member of the body sees the confidential papers through the public routes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Part2LeakIT {

    /** Collections whose {id} the test can fill, with the fixture values to probe (see {@link Fixture#values}). */
    static final Set<String> PATH_FIXTURES = Set.of("meetings", "reports", "appendices", "bodies", "people", "organisations",
            "pack-jobs", "body", "organization", "person", "meeting", "paper", "file", "agendaitem", "consultation", "members",
            "membership", "decisions", "forward-plan");

    /** Query parameters the test fills by name; the others are optional and left out. */
    static final Set<String> QUERY_FIXTURES = Set.of("q", "body", "meeting", "from", "to", "page", "variant", "paper", "year");

    /** Routes only some roles may call: the probing identities (none of them administrators) get 403. */
    static final Set<String> ROLE_RESTRICTED = Set.of("/api/users", "/api/sign-in-throttles");

    /** Routes about the meeting's papers: when they answer 200 the public item must be in the answer. */
    static final Set<String> PAPER_ROUTES = Set.of("/api/meetings/{id}/items", "/api/meetings/{id}/published",
            "/api/meetings/{id}/agenda", "/api/meetings/{id}/pack.pdf", "/api/reports/{id}", "/api/reports/{id}/report.pdf",
            "/api/appendices/{id}/content", "/api/search", "/api/feeds/documents.rss", "/api/oparl/v1.1/meeting/{id}",
            "/api/oparl/v1.1/body/{id}/papers", "/api/oparl/v1.1/paper/{id}", "/api/oparl/v1.1/file/{id}");

    private static final Duration PACK_WAIT = Duration.ofSeconds(120);

    /** Built once for the class: publishing and building packs takes a while. */
    private static Fixture fixture;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private Fixture f;

    /** The published meeting and the people who look at it. */
    static final class Fixture {
        String suffix;
        String marker;
        String keyword;
        String publicWord;
        long body;
        long meeting;
        long publicReport;
        long publicAppendix;
        long confidentialReport;
        long confidentialAppendix;
        long draftReport;
        long confidentialItem;
        long publicItem;
        long insiderPerson;
        long insiderMembership;
        /** A decision and a forward plan entry of the demo data (the record's own leaks are probed by MeetingRecordLeakIT). */
        String decision;
        String forwardPlanEntry;
        long minutedMeeting;
        long organisation;
        String packJob;
        Api insider;
        Api outsider;
        Api otherAuthor;
        Api finance;
        /** Path parameter values of the BCF, strategies and SEND routes, by module and collection ("bcf/plans"). */
        final Map<String, List<String>> moduleValues = new HashMap<>();
        /** Query parameter values of those routes, by route and name. */
        final Map<String, List<String>> moduleQueries = new HashMap<>();

        /** Fixture values for the {id} after a collection; null when the test cannot fill it. */
        List<String> values(String route, String collection) {
            String[] parts = route.split("/");
            if (parts.length > 2 && Set.of("bcf", "strategies", "send").contains(parts[2])) {
                return moduleValues.get(parts[2] + "/" + collection);
            }
            return switch (collection) {
                // The minutes of the fixture's meeting (in 2099) do not exist yet: those routes are probed on the demo meeting of 10 December 2024.
                case "meetings", "meeting" -> List.of(String.valueOf(route.endsWith("/minutes.pdf") || route.endsWith("/resultsprotocol")
                        ? minutedMeeting : meeting));
                case "reports", "paper" -> List.of(String.valueOf(publicReport), String.valueOf(confidentialReport));
                case "appendices", "file" -> List.of(String.valueOf(publicAppendix), String.valueOf(confidentialAppendix));
                case "bodies", "organization" -> List.of(String.valueOf(body));
                case "people", "person" -> List.of(String.valueOf(insiderPerson));
                case "organisations" -> List.of(String.valueOf(organisation));
                case "pack-jobs" -> List.of(packJob);
                case "body" -> List.of("1");
                case "agendaitem" -> List.of(String.valueOf(publicItem), String.valueOf(confidentialItem));
                // A confidential item has no public consultation (its paper is withheld), so OParl references none to resolve.
                case "consultation" -> List.of(String.valueOf(publicItem));
                case "members" -> List.of(String.valueOf(insiderPerson));
                case "membership" -> List.of(String.valueOf(insiderMembership));
                case "decisions" -> List.of(decision);
                case "forward-plan" -> List.of(forwardPlanEntry);
                default -> null;
            };
        }

        /** Values for a query parameter of a route; an empty list leaves it out. */
        List<String> query(String route, String name) {
            if (moduleQueries.containsKey(route + "?" + name)) {
                return moduleQueries.get(route + "?" + name);
            }
            if (route.matches("/api/(bcf|strategies|send)/.*")) {
                return List.of();
            }
            return switch (name) {
                case "q" -> List.of(publicWord + " OR " + keyword);
                case "body" -> List.of(String.valueOf(body));
                case "meeting" -> route.contains("publication-deadline") ? List.of("2099-05-12") : List.of(String.valueOf(meeting));
                case "from" -> List.of("2099-01-01");
                case "to" -> List.of("2099-12-31");
                case "page" -> List.of(); // every page: see pages()
                case "variant" -> List.of("public", "members");
                case "year" -> List.of("2099");
                default -> List.of();
            };
        }

        /** Addresses of confidential things: everyone probing is refused them. */
        boolean confidential(String address) {
            return address.matches(".*/(reports|paper|appendices|file)/(" + confidentialReport + "|" + confidentialAppendix + ")(\\D.*)?$")
                    || address.contains("paper=" + confidentialReport) || address.contains("variant=members");
        }
    }

    @BeforeEach
    void publishedMeetingWithAConfidentialItem() throws Exception {
        synchronized (Part2LeakIT.class) {
            if (fixture == null) {
                fixture = build();
            }
        }
        f = fixture;
    }

    private Fixture build() throws Exception {
        Fixture x = new Fixture();
        Papers p = new Papers(base);
        x.suffix = Api.unique();
        x.marker = "zqxsecret" + x.suffix;
        x.keyword = "kwtender" + x.suffix;
        x.publicWord = "openword" + x.suffix;
        x.body = p.body("Leak test board " + x.suffix);
        long otherBody = p.body("Other board " + x.suffix);
        x.insiderPerson = memberPerson(p, x.body, "Insider " + x.suffix);
        x.insider = account("insider" + x.suffix, "MEMBER", x.insiderPerson);
        x.outsider = account("outsider" + x.suffix, "MEMBER", memberPerson(p, otherBody, "Outsider " + x.suffix));
        x.otherAuthor = account("author" + x.suffix, "AUTHOR", null);
        x.finance = Api.as(base, "finance");
        x.organisation = id(Papers.created(p.democratic().post("api/organisations", "{\"name\":\"Leak test trust " + x.suffix + "\"}")));

        x.meeting = p.meeting(x.body, "2099-05-12T16:00:00+01:00");
        x.publicReport = id(p.report(x.meeting, "Public report " + x.publicWord, "<p>Open business for everyone, " + x.publicWord + ".</p>"));
        x.publicAppendix = id(Papers.created(p.author().upload("api/reports/" + x.publicReport + "/appendices", "open.pdf",
                Papers.pdf("Open appendix " + x.publicWord, 1), "Open appendix " + x.publicWord)));
        p.makeReady(x.publicReport);
        x.publicItem = p.item(x.meeting, "Open item " + x.publicWord, ",\"reportId\":" + x.publicReport);

        x.confidentialReport = id(p.report(x.meeting, "Contract award " + x.suffix,
                "<p>The " + x.keyword + " preferred bidder is " + x.marker + ".</p>"));
        x.confidentialAppendix = id(Papers.created(p.author().upload("api/reports/" + x.confidentialReport + "/appendices", "bids.pdf",
                Papers.pdf("Bid prices " + x.keyword + " " + x.marker, 1), "Bid evaluation " + x.marker)));
        p.makeReady(x.confidentialReport);
        x.confidentialItem = p.item(x.meeting, "Contract award (exempt) " + x.suffix,
                ",\"part\":\"PART_2\",\"exemptParagraph\":3,\"reportId\":" + x.confidentialReport + ",\"urgencyReason\":\"Tender " + x.marker + "\"");
        x.draftReport = id(p.report(x.meeting, "Draft contract variation " + x.suffix, "<p>Draft only: " + x.marker + ".</p>"));
        p.publish(x.meeting);

        Instant until = Instant.now().plus(PACK_WAIT);
        while (Api.anonymous(base).bytes("api/meetings/" + x.meeting + "/pack.pdf").statusCode() != 200) {
            assertThat(Instant.now()).as("the packs are built after publishing").isBefore(until);
            Thread.sleep(300);
        }
        Api.Reply job = p.democratic().post("api/meetings/" + x.meeting + "/packs", "");
        assertThat(job.status()).as(job.body()).isEqualTo(202);
        x.packJob = job.json().getString("id");
        moduleFixtures(x, Api.as(base, "admin"));
        x.insiderMembership = Long.parseLong(Api.anonymous(base).get("api/bodies/" + x.body + "/members").array().getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getJsonNumber("personId").longValue() == x.insiderPerson).findFirst().orElseThrow()
                .get("id").toString());
        x.decision = ids(Api.anonymous(base).get("api/decisions")).get(0);
        x.minutedMeeting = Api.anonymous(base).get("api/meetings?from=2024-12-10&to=2024-12-10").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("bodyName").equals("Health and Wellbeing Board"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        x.forwardPlanEntry = ids(Api.anonymous(base).get("api/forward-plan")).get(0);
        return x;
    }

    /** The demo data's Better Care Fund plan, strategies and SEND records, to fill those modules' routes. */
    private static void moduleFixtures(Fixture x, Api admin) {
        Map<String, List<String>> v = x.moduleValues;
        String plan = String.valueOf(admin.get("api/bcf/plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals("BCF 2023–25")).findFirst().orElseThrow().getJsonNumber("id").longValue());
        v.put("bcf/plans", List.of(plan));
        v.put("bcf/years", List.of("2023-24"));
        v.put("bcf/quarterly-updates", List.of(plan));
        v.put("bcf/{plan}", List.of("2023-24"));
        v.put("bcf/{year}", List.of("Q2"));
        v.put("bcf/metrics", ids(admin.get("api/bcf/plans/" + plan + "/metrics")).subList(0, 1));
        v.put("bcf/schemes", ids(admin.get("api/bcf/plans/" + plan + "/schemes")).subList(0, 1));
        List<JsonObject> returns = admin.get("api/bcf/plans/" + plan + "/returns").array().getValuesAs(JsonObject.class);
        JsonObject submitted = returns.stream().filter(r -> !r.getJsonArray("versions").isEmpty()).findFirst().orElseThrow();
        v.put("bcf/returns", List.of(String.valueOf(submitted.getJsonNumber("id").longValue())));
        v.put("bcf/versions", List.of("1"));

        JsonObject strategy = admin.get("api/strategies?q=Living%20Well&limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("name").equals("Living Well")).findFirst().orElseThrow();
        String strategyId = String.valueOf(strategy.getJsonNumber("id").longValue());
        JsonObject tree = admin.get("api/strategies/" + strategyId).json();
        // A period with updates, and an action updated in it, so every route of an update answers.
        JsonObject update = ids(tree.getJsonArray("periods")).stream()
                .flatMap(period -> admin.get("api/strategies/" + strategyId + "/periods/" + period + "/updates").array()
                        .getValuesAs(JsonObject.class).stream())
                .findFirst().orElseThrow();
        String period = String.valueOf(update.getJsonNumber("periodId").longValue());
        String action = String.valueOf(update.getJsonNumber("actionId").longValue());
        v.put("strategies/strategies", List.of(strategyId));
        v.put("strategies/periods", List.of(period));
        v.put("strategies/actions", List.of(action));
        v.put("strategies/updates", List.of(period));
        x.moduleQueries.put("/api/strategies/{id}/annual-report.pdf?year", List.of("2023-24"));
        x.moduleQueries.put("/api/strategies/annual-report.pdf?year", List.of("2023-24"));
        x.moduleQueries.put("/api/strategies/annual-report.pdf?strategies", List.of(strategyId));

        String inspection = ids(admin.get("api/send/inspections")).stream()
                .filter(i -> admin.get("api/send/inspections/" + i + "/recommendations").body().contains("\"id\"")).findFirst().orElseThrow();
        String recommendation = ids(admin.get("api/send/inspections/" + inspection + "/recommendations")).get(0);
        v.put("send/inspections", List.of(inspection));
        v.put("send/recommendations", List.of(recommendation));
        v.put("send/actions", ids(admin.get("api/send/recommendations/" + recommendation + "/actions")).subList(0, 1));
        v.put("send/metrics", ids(admin.get("api/send/metrics")).subList(0, 1));
        List<String> sef = admin.get("api/send/sef").array().getValuesAs(JsonObject.class).stream()
                .map(s -> String.valueOf(s.getInt("number"))).toList();
        v.put("send/sef", sef);
        x.moduleQueries.put("/api/send/sef/compare?from", List.of(sef.get(0)));
        x.moduleQueries.put("/api/send/sef/compare?to", List.of(sef.get(sef.size() - 1)));
        v.put("send/annual-updates", admin.get("api/send/annual-updates").array().getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
    }

    /** The ids of a list answer: a JSON array, or a page's items. */
    private static List<String> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ids(reply.body().strip().startsWith("[") ? reply.array() : reply.json().getJsonArray("items"));
    }

    private static List<String> ids(jakarta.json.JsonArray array) {
        List<String> ids = array.getValuesAs(JsonObject.class).stream().map(o -> String.valueOf(o.getJsonNumber("id").longValue())).toList();
        assertThat(ids).as("demo data to probe with").isNotEmpty();
        return ids;
    }

    private long memberPerson(Papers p, long bodyId, String name) {
        long person = id(Papers.created(p.democratic().post("api/people", "{\"name\":\"" + name + "\"}")));
        Papers.created(p.democratic().post("api/bodies/" + bodyId + "/members",
                "{\"personId\":" + person + ",\"role\":\"MEMBER\",\"voting\":true,\"from\":\"2024-01-01\"}"));
        return person;
    }

    private Api account(String username, String role, Long person) {
        Papers.created(Api.as(base, "admin").post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\"" + username + "\""
                + (person == null ? "" : ",\"personId\":" + person) + ",\"roles\":[\"" + role + "\"],\"password\":\"long-enough-password\"}"));
        return Api.as(base, username, "long-enough-password");
    }

    /** One concrete address to fetch, from a route template. */
    record Probe(String route, String address, boolean signInNeeded) {
    }

    /** Every GET route of the OpenAPI document as concrete addresses; fails on a route it cannot fill. */
    private List<Probe> probesFromOpenApi() {
        Api.Reply openapi = Api.anonymous(base).get("openapi?format=JSON", "Accept", "application/json");
        assertThat(openapi.status()).isEqualTo(200);
        JsonObject paths = openapi.json().getJsonObject("paths");
        List<Probe> probes = new ArrayList<>();
        List<String> unprobed = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            JsonObject get = path.getValue().asJsonObject().getJsonObject("get");
            if (get == null) {
                continue;
            }
            String route = path.getKey();
            boolean signIn = get.containsKey("security") && !get.getJsonArray("security").isEmpty();
            List<String> addresses = expandPath(route);
            if (addresses == null) {
                unprobed.add(route);
                continue;
            }
            List<String> names = get.containsKey("parameters") ? get.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                    .filter(param -> param.getString("in").equals("query")).map(param -> param.getString("name")).toList() : List.of();
            for (String address : addresses) {
                for (String query : queries(route, address, names)) {
                    probes.add(new Probe(route, (address + query).substring(1), signIn));
                }
            }
        }
        if (!unprobed.isEmpty()) {
            fail("GET routes this test cannot probe (give their path parameters a fixture in Part2LeakIT): " + unprobed);
        }
        assertThat(probes).as("the OpenAPI document lists the board's routes").hasSizeGreaterThan(30);
        return probes;
    }

    /** The route with each {param} filled from the fixture; null if one cannot be filled. */
    private List<String> expandPath(String route) {
        List<String> addresses = List.of("");
        String[] segments = route.substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            List<String> values;
            if (segment.startsWith("{")) {
                values = i == 0 ? null : f.values(route, segments[i - 1]);
                if (values == null) {
                    return null;
                }
            } else {
                values = List.of(segment);
            }
            List<String> next = new ArrayList<>();
            for (String prefix : addresses) {
                for (String value : values) {
                    next.add(prefix + "/" + value);
                }
            }
            addresses = next;
        }
        return addresses;
    }

    private List<String> queries(String route, String address, List<String> names) {
        List<String> queries = List.of("");
        for (String name : names) {
            List<String> values = name.equals("paper") ? paperOf(address) : name.equals("page") ? pages(address) : f.query(route, name);
            if (values.isEmpty()) {
                continue;
            }
            List<String> next = new ArrayList<>();
            for (String query : queries) {
                for (String value : values) {
                    next.add(query + (query.isEmpty() ? "?" : "&") + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            queries = next;
        }
        return queries;
    }

    /** Every page of a paged OParl list (at most 50), so a leak on a later page is found too. */
    private List<String> pages(String address) {
        Api.Reply first = Api.anonymous(base).get(address.substring(1) + "?page=1");
        if (first.status() != 200 || !first.body().contains("\"totalPages\"")) {
            return List.of("1");
        }
        int total = first.json().getJsonObject("pagination").getInt("totalPages");
        return java.util.stream.IntStream.rangeClosed(1, Math.min(total, 50)).mapToObj(String::valueOf).toList();
    }

    /** OParl files are addressed with their paper. */
    private List<String> paperOf(String address) {
        if (address.endsWith("/file/" + f.publicAppendix)) {
            return List.of(String.valueOf(f.publicReport));
        }
        return address.endsWith("/file/" + f.confidentialAppendix) ? List.of(String.valueOf(f.confidentialReport)) : List.of();
    }

    /** The text of an answer: its body, and a PDF's extracted text. */
    private static String text(HttpResponse<byte[]> response) {
        String raw = new String(response.body(), StandardCharsets.ISO_8859_1);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() == 200 && type.startsWith("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(response.body())) {
                return raw + "\n" + new PDFTextStripper().getText(pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private void probeEveryRouteAs(String who, Api api, boolean anonymous) {
        probeEveryRouteAs(who, api, anonymous, true);
    }

    /** readsSend: whether this identity may read the SEND partnership's records (a board member may; a finance officer may not). */
    private void probeEveryRouteAs(String who, Api api, boolean anonymous, boolean readsSend) {
        Map<String, String> failures = new LinkedHashMap<>();
        Map<String, Boolean> paperRoutesShowingThePublicItem = new LinkedHashMap<>();
        for (Probe probe : probesFromOpenApi()) {
            HttpResponse<byte[]> response = api.bytes(probe.address());
            String text = text(response);
            int expected = anonymous && probe.signInNeeded() ? 401
                    : ROLE_RESTRICTED.contains(probe.route()) || f.confidential(probe.address())
                    || (!readsSend && probe.route().startsWith("/api/send/")) ? 403 : 200;
            if (text.contains(f.marker)) {
                failures.put(probe.address(), "LEAKS the confidential marker");
            } else if (response.statusCode() != expected) {
                failures.put(probe.address(), "answered " + response.statusCode() + ", expected " + expected + ": "
                        + text.substring(0, Math.min(300, text.length())));
            } else if (expected == 200 && PAPER_ROUTES.contains(probe.route())) {
                paperRoutesShowingThePublicItem.merge(probe.route(), text.contains(f.publicWord), Boolean::logicalOr);
            }
        }
        paperRoutesShowingThePublicItem.forEach((route, shown) -> {
            if (!shown) {
                failures.put(route, "answered 200 without the public item (" + f.publicWord + ")");
            }
        });
        assertThat(failures).as("routes probed as " + who).isEmpty();
    }

    /** The public pages, which the OpenAPI document does not list. */
    private void probePublicPagesAs(String who, Api api) {
        for (String path : List.of("public/index.xhtml", "public/index.xhtml?body=" + f.body, "public/meeting.xhtml?id=" + f.meeting,
                "public/report.xhtml?id=" + f.confidentialReport, "public/report.xhtml?id=" + f.draftReport,
                "public/search.xhtml?q=" + f.keyword, "calendar.ics", "bodies/" + f.body + "/calendar.ics", "feeds/documents.rss",
                "oparl/v1.1/body/1/papers", "oparl/v1.1/meeting/" + f.meeting)) {
            Api.Reply reply = api.get(path);
            assertThat(reply.status()).as(who + " " + path).isLessThan(500);
            assertThat(reply.body()).as(who + " " + path).doesNotContain(f.marker);
        }
        assertThat(api.get("public/meeting.xhtml?id=" + f.meeting).body()).contains("Open item " + f.publicWord)
                .contains("Contract award (exempt)").contains("Exempt – paragraph 3");
    }

    /** The audit log through the API and the page: nothing of the confidential records, even filtered to them. */
    private void probeAuditAs(String who, Api api) {
        List<String> paths = new ArrayList<>();
        for (String filter : List.of("entity=Report&id=" + f.confidentialReport, "entity=Report&id=" + f.draftReport,
                "entity=Appendix&id=" + f.confidentialAppendix, "entity=AgendaItem&id=" + f.confidentialItem,
                "entity=Publication", "user=author", "entity=Report", "")) {
            paths.add("api/audit?limit=500" + (filter.isEmpty() ? "" : "&" + filter));
            paths.add("audit/index.xhtml" + (filter.isEmpty() ? "" : "?" + filter));
        }
        for (String path : paths) {
            Api.Reply reply = api.get(path);
            assertThat(reply.status()).as(who + " " + path).isEqualTo(200);
            assertThat(reply.body()).as(who + " " + path).doesNotContain(f.marker);
        }
        assertThat(api.get("api/audit?entity=Report&id=" + f.confidentialReport).json().getInt("total"))
                .as(who + " sees no history of a report they may not read").isZero();
    }

    @Test
    void thePublicNeverSeesConfidentialContent() {
        probeEveryRouteAs("the public", Api.anonymous(base), true);
        probePublicPagesAs("the public", Api.anonymous(base));
        assertThat(Api.anonymous(base).get("api/audit").status()).isEqualTo(401);
    }

    @Test
    void aMemberOfAnotherBodySeesNoConfidentialContentAnywhere() {
        probeEveryRouteAs("a member of another body", f.outsider, false);
        probePublicPagesAs("a member of another body", f.outsider);
        probeAuditAs("a member of another body", f.outsider);
    }

    @Test
    void anotherAuthorSeesNoConfidentialContentAnywhere() {
        probeEveryRouteAs("another report author", f.otherAuthor, false, false);
        probeAuditAs("another report author", f.otherAuthor);
    }

    @Test
    void aFinanceOfficerSeesNoConfidentialContentAnywhere() {
        probeEveryRouteAs("a finance officer", f.finance, false, false);
        probeAuditAs("a finance officer", f.finance);
    }

    @Test
    void theAuditLogShowsConfidentialHistoryToDemocraticServicesAndTheAuthorOnly() {
        Api democratic = Api.as(base, "democratic");
        assertThat(democratic.get("api/audit?entity=Report&id=" + f.confidentialReport).body()).contains(f.marker);
        assertThat(democratic.get("audit/index.xhtml?entity=Report&id=" + f.confidentialReport).body()).contains(f.marker);
        assertThat(Api.as(base, "author").get("api/audit?entity=Report&id=" + f.confidentialReport).body())
                .as("the report's own author").contains(f.marker);
        assertThat(f.outsider.get("api/audit?entity=Meeting&id=" + f.meeting).json().getInt("total"))
                .as("an announced meeting's history is not confidential").isPositive();
        assertThat(f.outsider.get("api/audit?limit=1").json().getInt("total"))
                .as("the filter narrows the log rather than emptying it").isPositive()
                .isLessThan(democratic.get("api/audit?limit=1").json().getInt("total"));
    }

    @Test
    void aPublicationsFrozenSnapshotIsNeverCopiedIntoTheAuditLog() {
        List<JsonObject> entries = Api.as(base, "admin").get("api/audit?entity=Publication&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(entries).as("publications are audited").isNotEmpty();
        // Entries logged before snapshots were excluded keep who and when, with the copy itself blanked (platform migration V3).
        assertThat(entries).noneMatch(e -> "snapshot".equals(e.getString("field", null))
                && !e.getString("newValue", "").startsWith("(not logged"));
        assertThat(Api.as(base, "admin").get("api/audit?entity=Publication&limit=500").body()).doesNotContain(f.marker);
    }

    @Test
    void aMemberOfTheBodySeesIt() {
        assertThat(f.insider.get("api/meetings/" + f.meeting + "/published").body()).contains(f.marker);
        assertThat(f.insider.get("api/reports/" + f.confidentialReport).body()).contains(f.marker);
        assertThat(f.insider.get("public/report.xhtml?id=" + f.confidentialReport).body()).contains(f.marker);
        JsonObject hits = f.insider.get("api/search?q=" + f.keyword).json();
        assertThat(hits.getInt("total")).as("report and appendix").isEqualTo(2);
        assertThat(f.insider.bytes("api/appendices/" + f.confidentialAppendix + "/content").statusCode()).isEqualTo(200);
        assertThat(f.insider.bytes("api/meetings/" + f.meeting + "/pack.pdf?variant=members").statusCode()).isEqualTo(200);
        assertThat(Api.as(base, "democratic").get("api/search?q=" + f.keyword).json().getInt("total")).isEqualTo(2);
        assertThat(Api.anonymous(base).get("api/search?q=" + f.keyword).json().getInt("total")).isZero();
    }
}

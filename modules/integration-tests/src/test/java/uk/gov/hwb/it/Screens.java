package uk.gov.hwb.it;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every screen of the application as its users open it: who (a demo username, or {@code null}
 * for the public), the address, and a name for its screenshots. {@link AccessibilityIT} opens each
 * one, checks it with axe-core (WCAG 2.0, 2.1 and 2.2 A and AA) at 1366 and 390 px and keeps the
 * screenshots; it also fails when a role's menu links to a screen missing here.
 *
 * <p><b>A new screen is one line here</b> (e.g. {@code new Screen("finance", "bcf/plan.xhtml?id={plan}", "bcf-plan")});
 * a {@code {placeholder}} in the address is one of {@link #PLACES}, looked up through the API.
 */
final class Screens {

    /** One screen as one person opens it. */
    record Screen(String who, String path, String name) {

        String role() {
            return who == null ? "public" : who;
        }

        @Override
        public String toString() {
            return role() + ": " + name;
        }
    }

    static final List<Screen> ALL = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            // The public
            new Screen(null, "index.xhtml", "home"),
            new Screen(null, "login.xhtml", "sign-in"),
            new Screen(null, "accessibility.xhtml", "accessibility-statement"),
            new Screen(null, "public/index.xhtml", "meetings"),
            new Screen(null, "public/index.xhtml?body={hwb}", "meetings-of-a-body"),
            new Screen(null, "public/meeting.xhtml?id={demoMeeting}", "meeting"),
            new Screen(null, "public/meeting.xhtml?id={nextMeeting}", "next-meeting"),
            new Screen(null, "public/report.xhtml?id={demoReport}", "report"),
            new Screen(null, "public/search.xhtml", "search"),
            new Screen(null, "public/search.xhtml?q=care&from=01/01/2024", "search-results"),
            new Screen(null, "board/index.xhtml", "board-papers"),
            new Screen(null, "no-such-page.xhtml", "page-not-found"),
            new Screen(null, "api/meetings/{septemberMeeting}/pack.pdf?variant=supplementary", "missing-pack"),
            new Screen(null, "public/minutes.xhtml?id={demoMeeting}", "minutes"),
            new Screen(null, "public/member.xhtml?id={hwbMember}", "member-record"),
            // Democratic services
            new Screen("democratic", "index.xhtml", "home"),
            new Screen("democratic", "board/manage/meetings.xhtml", "manage-meetings"),
            new Screen("democratic", "board/manage/meeting.xhtml?id={demoMeeting}", "manage-meeting-held"),
            new Screen("democratic", "board/manage/meeting.xhtml?id={nextMeeting}", "manage-meeting-published"),
            new Screen("democratic", "board/manage/meeting.xhtml?id={draftMeeting}", "manage-meeting-draft"),
            new Screen("democratic", "board/manage/report.xhtml?id={demoReport}", "report-ready"),
            new Screen("democratic", "board/manage/report.xhtml?meeting={nextMeeting}", "report-new"),
            new Screen("democratic", "board/index.xhtml", "board-papers"),
            new Screen("democratic", "board/manage/body.xhtml?id={hwb}", "body"),
            new Screen("democratic", "board/manage/body.xhtml", "body-new"),
            new Screen("democratic", "board/manage/attendance.xhtml?id={demoMeeting}", "attendance-and-declarations"),
            new Screen("democratic", "board/manage/minutes.xhtml?id={demoMeeting}", "minutes-editor"),
            new Screen("democratic", "board/manage/actions.xhtml?id={demoMeeting}", "action-log"),
            new Screen("democratic", "board/manage/forward-plan.xhtml", "forward-plan-editor"),
            new Screen("democratic", "public/minutes.xhtml?id={demoMeeting}", "minutes"),
            new Screen("democratic", "public/index.xhtml", "meetings"),
            new Screen("democratic", "public/meeting.xhtml?id={demoMeeting}", "meeting"),
            new Screen("democratic", "people/index.xhtml", "people"),
            new Screen("democratic", "audit/index.xhtml", "audit-log"),
            new Screen("democratic", "calendar/bank-holidays.xhtml", "bank-holidays"),
            new Screen("democratic", "send/index.xhtml", "send"),
            new Screen("democratic", "strategies/index.xhtml", "strategies"),
            new Screen("democratic", "bcf/index.xhtml", "bcf"),
            // Administrators
            new Screen("admin", "index.xhtml", "home"),
            new Screen("admin", "admin/users.xhtml", "users-and-roles"),
            new Screen("admin", "calendar/bank-holidays.xhtml", "bank-holidays"),
            new Screen("admin", "audit/index.xhtml", "audit-log"),
            new Screen("admin", "people/index.xhtml", "people"),
            new Screen("admin", "board/manage/meetings.xhtml", "manage-meetings"),
            new Screen("admin", "public/index.xhtml", "meetings"),
            new Screen("admin", "board/index.xhtml", "board-papers"),
            new Screen("admin", "send/index.xhtml", "send"),
            new Screen("admin", "strategies/index.xhtml", "strategies"),
            new Screen("admin", "bcf/index.xhtml", "bcf"),
            // Report authors
            new Screen("author", "index.xhtml", "home"),
            new Screen("author", "board/manage/meetings.xhtml", "manage-meetings"),
            new Screen("author", "board/manage/meeting.xhtml?id={nextMeeting}", "meeting"),
            new Screen("author", "board/manage/report.xhtml?meeting={nextMeeting}", "report-new"),
            new Screen("author", "board/manage/report.xhtml?id={demoReport}", "report-ready"),
            new Screen("author", "public/index.xhtml", "meetings"),
            new Screen("author", "board/index.xhtml", "board-papers"),
            new Screen("author", "people/index.xhtml", "people"),
            new Screen("author", "audit/index.xhtml", "audit-log"),
            new Screen("author", "calendar/bank-holidays.xhtml", "bank-holidays"),
            new Screen("author", "send/index.xhtml", "send"),
            new Screen("author", "strategies/index.xhtml", "strategies"),
            new Screen("author", "bcf/index.xhtml", "bcf"),
            // Board members
            new Screen("member", "index.xhtml", "home"),
            new Screen("member", "public/index.xhtml", "meetings"),
            new Screen("member", "public/meeting.xhtml?id={demoMeeting}", "meeting"),
            new Screen("member", "board/manage/meetings.xhtml", "manage-meetings"),
            new Screen("member", "board/manage/meeting.xhtml?id={demoMeeting}", "meeting-read-only"),
            new Screen("member", "board/index.xhtml", "board-papers"),
            new Screen("member", "board/manage/body.xhtml?id={hwb}", "body-read-only"),
            new Screen("member", "people/index.xhtml", "people"),
            new Screen("member", "audit/index.xhtml", "audit-log"),
            new Screen("member", "calendar/bank-holidays.xhtml", "bank-holidays"),
            new Screen("member", "send/index.xhtml", "send"),
            new Screen("member", "strategies/index.xhtml", "strategies"),
            new Screen("member", "bcf/index.xhtml", "bcf"),
            // Finance officers, SEND and strategy leads: their menus
            new Screen("finance", "index.xhtml", "home"),
            new Screen("finance", "bcf/index.xhtml", "bcf"),
            new Screen("finance", "board/manage/meetings.xhtml", "manage-meetings"),
            new Screen("finance", "public/index.xhtml", "meetings"),
            new Screen("finance", "board/index.xhtml", "board-papers"),
            new Screen("finance", "people/index.xhtml", "people"),
            new Screen("finance", "audit/index.xhtml", "audit-log"),
            new Screen("finance", "calendar/bank-holidays.xhtml", "bank-holidays"),
            new Screen("finance", "send/index.xhtml", "send"),
            new Screen("finance", "strategies/index.xhtml", "strategies"),
            new Screen("sendlead", "index.xhtml", "home"),
            new Screen("sendlead", "send/index.xhtml", "send"),
            new Screen("sendlead", "board/manage/meetings.xhtml", "manage-meetings"),
            new Screen("sendlead", "public/index.xhtml", "meetings"),
            new Screen("sendlead", "board/index.xhtml", "board-papers"),
            new Screen("sendlead", "people/index.xhtml", "people"),
            new Screen("sendlead", "audit/index.xhtml", "audit-log"),
            new Screen("sendlead", "calendar/bank-holidays.xhtml", "bank-holidays"),
            new Screen("sendlead", "strategies/index.xhtml", "strategies"),
            new Screen("sendlead", "bcf/index.xhtml", "bcf"),
            new Screen("strategylead", "index.xhtml", "home"),
            new Screen("strategylead", "strategies/index.xhtml", "strategies"),
            new Screen("strategylead", "board/manage/meetings.xhtml", "manage-meetings"),
            new Screen("strategylead", "public/index.xhtml", "meetings"),
            new Screen("strategylead", "board/index.xhtml", "board-papers"),
            new Screen("strategylead", "people/index.xhtml", "people"),
            new Screen("strategylead", "audit/index.xhtml", "audit-log"),
            new Screen("strategylead", "calendar/bank-holidays.xhtml", "bank-holidays"),
            new Screen("strategylead", "send/index.xhtml", "send"),
            new Screen("strategylead", "bcf/index.xhtml", "bcf"),
            // The Better Care Fund (issue 11): the finance officer keeps it, board members read it and sign returns off
            new Screen("finance", "bcf/index.xhtml?plan={bcfPlan}&year=2023-24", "bcf-plan"),
            new Screen("finance", "bcf/manage/scheme.xhtml?id={bcfScheme}", "bcf-scheme"),
            new Screen("finance", "bcf/manage/metric.xhtml?id={bcfMetric}&year=2023-24", "bcf-metric"),
            new Screen("finance", "bcf/manage/return.xhtml?id={bcfReturn}", "bcf-return"),
            new Screen("member", "bcf/index.xhtml?plan={bcfPlan}&year=2023-24", "bcf-plan"),
            new Screen("member", "bcf/manage/scheme.xhtml?id={bcfScheme}", "bcf-scheme"),
            new Screen("member", "bcf/manage/metric.xhtml?id={bcfMetric}&year=2023-24", "bcf-metric"),
            new Screen("member", "bcf/manage/return.xhtml?id={bcfReturn}", "bcf-return"),
            // Strategies (issue 12): the strategy lead keeps them, everyone signed in reads them
            new Screen("strategylead", "strategies/manage/strategies.xhtml", "strategies-all"),
            new Screen("strategylead", "strategies/manage/strategy.xhtml?id={strategy}", "strategy"),
            new Screen("strategylead", "strategies/manage/summary.xhtml?strategy={strategy}&period={strategyPeriod}", "strategy-summary"),
            new Screen("strategylead", "strategies/manage/trend.xhtml?strategy={strategy}", "strategy-trend"),
            new Screen("strategylead", "strategies/manage/updates.xhtml?strategy={strategy}&period={strategyPeriod}&action={strategyAction}",
                    "strategy-updates"),
            new Screen("member", "strategies/manage/strategies.xhtml", "strategies-all"),
            new Screen("member", "strategies/manage/strategy.xhtml?id={strategy}", "strategy"),
            new Screen("member", "strategies/manage/summary.xhtml?strategy={strategy}&period={strategyPeriod}", "strategy-summary"),
            new Screen("member", "strategies/manage/trend.xhtml?strategy={strategy}", "strategy-trend"),
            // The SEND partnership (issue 13): the SEND lead keeps it, board members read it
            new Screen("sendlead", "send/manage/inspection.xhtml?id={sendInspection}", "send-inspection"),
            new Screen("sendlead", "send/manage/actions.xhtml", "send-action-plan"),
            new Screen("sendlead", "send/manage/actions.xhtml?recommendation={sendRecommendation}", "send-recommendation-actions"),
            new Screen("sendlead", "send/manage/action.xhtml?id={sendAction}", "send-action"),
            new Screen("sendlead", "send/manage/metrics.xhtml", "send-metrics"),
            new Screen("sendlead", "send/manage/metrics.xhtml?id={sendMetric}", "send-metric"),
            new Screen("sendlead", "send/manage/sef-versions.xhtml", "send-sef-versions"),
            new Screen("sendlead", "send/manage/sef.xhtml?number={sefNumber}", "send-sef"),
            new Screen("sendlead", "send/manage/annual-update.xhtml?year=2023-24", "send-annual-update"),
            new Screen("sendlead", "send/manage/annual-update.xhtml", "send-annual-update-new"),
            new Screen("member", "send/manage/inspection.xhtml?id={sendInspection}", "send-inspection"),
            new Screen("member", "send/manage/actions.xhtml", "send-action-plan"),
            new Screen("member", "send/manage/action.xhtml?id={sendAction}", "send-action"),
            new Screen("member", "send/manage/metrics.xhtml?id={sendMetric}", "send-metric"),
            new Screen("member", "send/manage/sef-versions.xhtml", "send-sef-versions"),
            new Screen("member", "send/manage/sef.xhtml?number={sefNumber}", "send-sef"),
            new Screen("member", "send/manage/annual-update.xhtml?year=2023-24", "send-annual-update")),
            // Everyone's menu: the decisions register and the forward plan
            java.util.stream.Stream.of(null, "admin", "democratic", "author", "member", "finance", "sendlead", "strategylead")
                    .flatMap(who -> java.util.stream.Stream.of(new Screen(who, "public/decisions.xhtml", "decisions"),
                            new Screen(who, "public/forward-plan.xhtml", "forward-plan")))).toList();

    /** The roles with a demo user, and the public. */
    static final List<String> ROLES = List.of("public", "admin", "democratic", "author", "member", "finance", "sendlead", "strategylead");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /**
     * The places an address may name, found in the demo data through the API: {@code {hwb}} the Health and
     * Wellbeing Board; {@code {demoMeeting}} its meeting of 10 December 2024 (held, published late, with late
     * items); {@code {septemberMeeting}} its meeting of 10 September 2024 (no late items); {@code {demoReport}}
     * a report of the December meeting; {@code {nextMeeting}} its next meeting (agenda published);
     * {@code {draftMeeting}} a meeting not yet announced; {@code {hwbMember}} a member of the board (their attendance record).
     *
     * <p>From the domain modules' demo data: {@code {bcfPlan}} the BCF plan of seed 002 ("BCF 2023–25") and its first
     * {@code {bcfScheme}}, {@code {bcfMetric}} and {@code {bcfReturn}}; {@code {strategy}} the Southend Health and Wellbeing
     * Strategy of seed 003, its period {@code {strategyPeriod}} "November 2013" and its action {@code {strategyAction}} 6.2A;
     * {@code {sendInspection}} the newest area SEND inspection, its first {@code {sendRecommendation}}, the action plan's
     * {@code {sendAction}} 4.1, the {@code {sendMetric}} "EHC needs assessment requests" and the newest SEF version {@code {sefNumber}}.
     */
    static final List<String> PLACES = List.of("hwb", "demoMeeting", "septemberMeeting", "demoReport", "nextMeeting", "draftMeeting",
            "hwbMember", "bcfPlan", "bcfScheme", "bcfMetric", "bcfReturn", "strategy", "strategyPeriod", "strategyAction",
            "sendInspection", "sendRecommendation", "sendAction", "sendMetric", "sefNumber");

    private final URL base;
    private final Map<String, String> places = new HashMap<>();

    Screens(URL base) {
        this.base = base;
    }

    /** The address with its placeholders filled in. */
    String resolve(String path) {
        Matcher m = PLACEHOLDER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, place(m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    String place(String name) {
        // Not computeIfAbsent: looking one place up may look up another (a report needs its meeting, a meeting its body).
        String value = places.get(name);
        if (value == null) {
            value = lookUp(name);
            places.put(name, value);
        }
        return value;
    }

    private String lookUp(String name) {
        Api clerk = Api.as(base, "democratic");
        return switch (name) {
            case "hwb" -> String.valueOf(Api.anonymous(base).get("api/bodies").array().stream().map(b -> b.asJsonObject())
                    .filter(b -> b.getString("name").equals("Health and Wellbeing Board")).findFirst().orElseThrow().getJsonNumber("id").longValue());
            case "demoMeeting" -> meetingOn("2024-12-10");
            case "septemberMeeting" -> meetingOn("2024-09-10");
            case "demoReport" -> String.valueOf(clerk.get("api/reports?meeting=" + place("demoMeeting")).json().getJsonArray("items")
                    .getJsonObject(0).getJsonNumber("id").longValue());
            case "nextMeeting" -> String.valueOf(clerk.get("api/meetings?body=" + place("hwb") + "&from=" + LocalDate.now()).json()
                    .getJsonArray("items").stream().map(j -> (JsonObject) j).filter(j -> j.getString("status").equals("PUBLISHED"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue());
            case "draftMeeting" -> String.valueOf(clerk.get("api/meetings?body=" + place("hwb") + "&from=" + LocalDate.now()).json()
                    .getJsonArray("items").stream().map(j -> (JsonObject) j).filter(j -> j.getString("status").equals("DRAFT"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue());
            case "hwbMember" -> String.valueOf(Api.anonymous(base).get("api/bodies/" + place("hwb") + "/members").array()
                    .getJsonObject(0).getJsonNumber("personId").longValue());
            case "bcfPlan" -> String.valueOf(Api.as(base, "finance").get("api/bcf/plans").array().getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("name").equals("BCF 2023–25")).findFirst().orElseThrow().getJsonNumber("id").longValue());
            case "bcfScheme" -> id(Api.as(base, "finance").get("api/bcf/plans/" + place("bcfPlan") + "/schemes?year=2023-24").json()
                    .getJsonArray("items").getJsonObject(0));
            case "bcfMetric" -> id(Api.as(base, "finance").get("api/bcf/plans/" + place("bcfPlan") + "/metrics").array().getJsonObject(0));
            case "bcfReturn" -> id(Api.as(base, "finance").get("api/bcf/plans/" + place("bcfPlan") + "/returns").array().getJsonObject(0));
            case "strategy" -> id(strategy());
            case "strategyPeriod" -> String.valueOf(StrategyPlans.periodNamed(strategy(), "November 2013"));
            case "strategyAction" -> String.valueOf(StrategyPlans.actionCoded(strategy(), "6.2A"));
            case "sendInspection" -> id(Api.as(base, "sendlead").get("api/send/inspections").array().getJsonObject(0));
            case "sendRecommendation" -> id(Api.as(base, "sendlead").get("api/send/inspections/" + place("sendInspection") + "/recommendations")
                    .array().getJsonObject(0));
            case "sendAction" -> id(Api.as(base, "sendlead").get("api/send/actions").array().getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("code").equals("4.1")).findFirst().orElseThrow());
            case "sendMetric" -> id(Api.as(base, "sendlead").get("api/send/metrics").array().getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("name").equals("EHC needs assessment requests")).findFirst().orElseThrow());
            case "sefNumber" -> String.valueOf(Api.as(base, "sendlead").get("api/send/sef").array().getJsonObject(0).getInt("number"));
            default -> throw new IllegalArgumentException("No place called {" + name + "}; the places are " + PLACES);
        };
    }

    private JsonObject strategy() {
        return new StrategyPlans(base).demo(StrategiesIT.HWB);
    }

    private static String id(JsonObject object) {
        return String.valueOf(object.getJsonNumber("id").longValue());
    }

    private String meetingOn(String date) {
        return String.valueOf(Api.anonymous(base).get("api/meetings?body=" + place("hwb") + "&from=" + date + "&to=" + date).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }
}

package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.StrategyPlans.actionCoded;
import static uk.gov.hwb.it.StrategyPlans.created;
import static uk.gov.hwb.it.StrategyPlans.id;
import static uk.gov.hwb.it.StrategyPlans.ok;
import static uk.gov.hwb.it.StrategyPlans.periodNamed;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The strategies module over HTTP against the real EAR: seed 003's figures from the demo data,
 * the update rules (mitigation, codes, leads, closed periods), the XLSX import and export, the
 * summary PDF (veraPDF PDF/UA-1), the annual report in a supplementary pack, measures and "my updates due".
 * Tests that change the demo put it back as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrategiesIT {

    static final String HWB = "Southend Health and Wellbeing Strategy";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static BigDecimal number(JsonObject map, String key) {
        return map.getJsonNumber(key).bigDecimalValue();
    }

    private static List<String> shares(JsonObject mix) {
        List<String> shares = new ArrayList<>();
        for (String column : List.of("ON_COURSE", "SOME_SLIPPAGE", "AT_RISK", "UNDER_REVIEW", "NO_UPDATE")) {
            shares.add(number(mix.getJsonObject("shares"), column).setScale(1).toPlainString());
        }
        return shares;
    }

    private static List<String> changes(JsonObject mix) {
        List<String> changes = new ArrayList<>();
        for (String column : List.of("ON_COURSE", "SOME_SLIPPAGE", "AT_RISK", "UNDER_REVIEW", "NO_UPDATE")) {
            changes.add(number(mix.getJsonObject("changes"), column).setScale(1).toPlainString());
        }
        return changes;
    }

    @Test
    void theDemoSummaryGivesSeed003sFiguresAndChangesWhenAnUpdateDoes() {
        StrategyPlans plans = new StrategyPlans(base);
        JsonObject hwb = plans.demo(HWB);
        long id = id(hwb);
        long november = periodNamed(hwb, "November 2013");
        String summaryPath = "api/strategies/" + id + "/periods/" + november + "/summary";
        JsonObject summary = ok(plans.lead().get(summaryPath));

        assertThat(summary.getString("previousPeriodName")).isEqualTo("September 2013");
        assertThat(summary.getJsonArray("columns").toString()).isEqualTo("[\"ON_COURSE\",\"SOME_SLIPPAGE\",\"AT_RISK\",\"UNDER_REVIEW\",\"NO_UPDATE\"]");
        JsonObject overall = summary.getJsonObject("overall");
        assertThat(overall.getInt("total")).isEqualTo(106);
        assertThat(overall.getJsonObject("counts").toString()).isEqualTo("{\"ON_COURSE\":85,\"SOME_SLIPPAGE\":6,\"AT_RISK\":1,\"UNDER_REVIEW\":14,\"NO_UPDATE\":0}");
        assertThat(shares(overall)).containsExactly("80.2", "5.7", "0.9", "13.2", "0.0");
        assertThat(shares(summary.getJsonObject("previousOverall"))).containsExactly("74.5", "4.7", "0.0", "20.8", "0.0");
        assertThat(changes(overall)).containsExactly("5.7", "1.0", "0.9", "-7.6", "0.0");

        Map<Integer, List<String>> seed = Map.of(
                1, List.of("88.2", "0.0", "0.0", "11.8", "0.0"), 2, List.of("91.7", "8.3", "0.0", "0.0", "0.0"),
                3, List.of("61.5", "7.7", "0.0", "30.8", "0.0"), 4, List.of("66.7", "33.3", "0.0", "0.0", "0.0"),
                5, List.of("87.5", "0.0", "0.0", "12.5", "0.0"), 6, List.of("100.0", "0.0", "0.0", "0.0", "0.0"),
                7, List.of("58.3", "0.0", "0.0", "41.7", "0.0"), 8, List.of("75.0", "25.0", "0.0", "0.0", "0.0"),
                9, List.of("85.7", "0.0", "14.3", "0.0", "0.0"));
        List<String> slippages = new ArrayList<>();
        for (JsonValue p : summary.getJsonArray("priorities")) {
            JsonObject priority = p.asJsonObject();
            assertThat(shares(priority)).as("ambition " + priority.getInt("number")).isEqualTo(seed.get(priority.getInt("number")));
            priority.getJsonArray("slippages").forEach(s -> slippages.add(s.asJsonObject().getString("code")));
        }
        assertThat(summary.getJsonArray("priorities").getJsonObject(0).getString("name")).isEqualTo("A positive start in life");
        assertThat(slippages).containsExactly("2.1F", "3.3B", "4.1A", "4.5A", "8.2A", "8.4A", "9.1B");

        // One update changes: 6.2A from On course to Under review moves the figures (84 → 79.2%, 15 → 14.2%), then back.
        long action = actionCoded(hwb, "6.2A");
        try {
            ok(plans.update(plans.lead(), action, november, "{\"status\":\"UNDER_REVIEW\",\"commentary\":\"Being re-scoped with partners.\"}"));
            JsonObject changed = ok(plans.lead().get(summaryPath)).getJsonObject("overall");
            assertThat(shares(changed)).containsExactly("79.2", "5.7", "0.9", "14.2", "0.0");
            assertThat(changes(changed)).containsExactly("4.7", "1.0", "0.9", "-6.6", "0.0");
        } finally {
            ok(plans.update(plans.lead(), action, november, "{\"status\":\"ON_COURSE\",\"commentary\":\"Illustrative: seed 003 counts this"
                    + " sub-action in its ambition's figures but does not name it.\"}"));
        }
        assertThat(shares(ok(plans.lead().get(summaryPath)).getJsonObject("overall"))).containsExactly("80.2", "5.7", "0.9", "13.2", "0.0");
    }

    @Test
    void aSlippageWithoutWhatIsBeingDoneIsRefusedNamingTheField() {
        StrategyPlans plans = new StrategyPlans(base);
        long strategy = plans.strategy("Slippage rule " + Api.unique());
        long priority = plans.priority(strategy, 1, "Carers");
        long action = plans.action(strategy, "1.1", "Registered carers", priority, null);
        long period = plans.period(strategy, "Quarter 1", "2025-07-31");

        Api.Reply refused = plans.lead().put("api/strategies/actions/" + action + "/updates/" + period,
                "{\"status\":\"SOME_SLIPPAGE\",\"commentary\":\"Behind plan\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.errorFields()).containsExactly("mitigation");
        assertThat(plans.lead().get("api/strategies/actions/" + action + "/updates/" + period).status()).as("nothing stored").isEqualTo(404);

        Api.Reply bad = plans.lead().put("api/strategies/actions/" + action + "/updates/" + period, "{\"status\":\"SLIPPING\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("status");
        Api.Reply notInVocabulary = plans.lead().put("api/strategies/actions/" + action + "/updates/" + period, "{\"status\":\"COMPLETE\"}");
        assertThat(notInVocabulary.errorFields()).containsExactly("status");

        JsonObject accepted = ok(plans.lead().put("api/strategies/actions/" + action + "/updates/" + period,
                "{\"status\":\"SOME_SLIPPAGE\",\"commentary\":\"Behind plan\",\"mitigation\":\"A new campaign with GP practices\",\"keyImpact\":true}"));
        assertThat(accepted.getString("status")).isEqualTo("SOME_SLIPPAGE");
        Api.Reply stale = plans.lead().put("api/strategies/actions/" + action + "/updates/" + period,
                "{\"status\":\"ON_COURSE\",\"version\":" + (accepted.getJsonNumber("version").longValue() + 5) + "}");
        assertThat(stale.status()).isEqualTo(409);
        Api.Reply noVersion = plans.lead().put("api/strategies/actions/" + action + "/updates/" + period, "{\"status\":\"ON_COURSE\"}");
        assertThat(noVersion.errorFields()).containsExactly("version");

        JsonObject audit = ok(Api.as(base, "admin").get("api/audit?entity=StatusUpdate&id=" + id(accepted)));
        assertThat(audit.getJsonArray("items").toString()).contains("SOME_SLIPPAGE").contains("strategylead");
    }

    @Test
    void codesAreCheckedAndADuplicateIsRefused() {
        StrategyPlans plans = new StrategyPlans(base);
        long strategy = plans.strategy("Codes " + Api.unique());
        long priority = plans.priority(strategy, 1, "A positive start in life");
        plans.action(strategy, "1.2", "Support families at the earliest opportunity", priority, null);
        JsonObject sub = created(plans.lead().post("api/strategies/" + strategy + "/actions", "{\"code\":\"1.2b\",\"title\":\"Single gateway for CAMHS\"}"));
        assertThat(sub.getString("code")).isEqualTo("1.2B");
        assertThat(sub.getJsonNumber("parentId").longValue()).as("the parent found from the code").isPositive();

        Api.Reply duplicate = plans.lead().post("api/strategies/" + strategy + "/actions", "{\"code\":\"1.2B\",\"title\":\"Again\",\"priorityId\":" + priority + "}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorFields()).containsExactly("code");
        assertThat(duplicate.json().getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("1.2B is already used in this strategy");

        assertThat(plans.lead().post("api/strategies/" + strategy + "/actions", "{\"code\":\"2.1\",\"title\":\"Wrong priority\",\"priorityId\":" + priority + "}")
                .errorFields()).containsExactly("code");
        assertThat(plans.lead().post("api/strategies/" + strategy + "/actions", "{\"code\":\"1.3A\",\"title\":\"No action 1.3\",\"priorityId\":" + priority + "}")
                .errorFields()).containsExactly("code");
        assertThat(plans.lead().post("api/strategies/" + strategy + "/actions", "{\"title\":\"No code\",\"priorityId\":" + priority + "}")
                .errorFields()).containsExactly("code");
        assertThat(plans.lead().post("api/strategies/" + strategy + "/priorities", "{\"number\":1,\"name\":\"Twice\"}").errorFields()).containsExactly("number");
        assertThat(plans.lead().post("api/strategies", "{\"name\":\"No years\"}").errorFields()).containsExactly("from", "to");
    }

    @Test
    void aLeadUpdatesTheirActionButNotAnotherStrategysAndMembersOnlyRead() {
        StrategyPlans plans = new StrategyPlans(base);
        long nicola = plans.person("Nicola Mickleburgh");
        long mine = plans.strategy("Ageing well pilot " + Api.unique());
        long ownAction = plans.action(mine, "1.1", "Age friendly city consultation", plans.priority(mine, 1, "Age friendly city"), nicola);
        long ownPeriod = plans.period(mine, "2024-25", "2025-04-30");
        long other = plans.strategy("Another strategy " + Api.unique());
        long otherAction = plans.action(other, "1.1", "Not Nicola's", plans.priority(other, 1, "Elsewhere"), null);
        long otherPeriod = plans.period(other, "2024-25", "2025-04-30");

        Api author = Api.as(base, "author");
        ok(author.put("api/strategies/actions/" + ownAction + "/updates/" + ownPeriod, "{\"status\":\"ON_COURSE\",\"commentary\":\"Consultation done\"}"));
        Api.Reply refused = author.put("api/strategies/actions/" + otherAction + "/updates/" + otherPeriod, "{\"status\":\"ON_COURSE\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();

        Api member = Api.as(base, "member");
        assertThat(member.get("api/strategies/" + mine).status()).isEqualTo(200);
        assertThat(member.put("api/strategies/actions/" + ownAction + "/updates/" + ownPeriod, "{\"status\":\"AT_RISK\",\"mitigation\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(member.post("api/strategies", "{\"name\":\"Members do not add strategies\",\"from\":2024,\"to\":2025}").status()).isEqualTo(403);
        assertThat(author.post("api/strategies/" + mine + "/priorities", "{\"number\":2,\"name\":\"Not the strategy's lead\"}").status()).isEqualTo(403);
        assertThat(Api.anonymous(base).get("api/strategies").status()).isEqualTo(401);
    }

    static byte[] workbook(String[]... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Plan");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private Api.Reply importSheet(long strategy, byte[] sheet, Long period) {
        String boundary = "hwb-" + Api.unique();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (period != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"periodId\"\r\n\r\n" + period + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.xlsx\"\r\nContent-Type: "
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(sheet);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new StrategyPlans(base).lead().send("api/strategies/" + strategy + "/import", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    @Test
    void anImportWithOneBadRowStoresNothingAndNamesTheRowAndTheExportReadsBack() throws Exception {
        StrategyPlans plans = new StrategyPlans(base);
        long strategy = plans.strategy("Imported plan " + Api.unique());
        plans.priority(strategy, 1, "Health and Wellbeing");
        long period = plans.period(strategy, "2023-24", "2024-05-31");
        String[] header = {"Code", "Title", "Lead", "What we measure", "Target date", "Status", "Commentary", "What are we doing to address this"};

        Api.Reply refused = importSheet(strategy, workbook(header,
                new String[] {"1.1", "Ensure the Drug and Alcohol service is accessible", "Nicola Mickleburgh", "Completions", "31/03/2025", null, null, null},
                new String[] {"1.1A", "Raise awareness of the service", "Carers First", null, null, "On course", "187 completions", null},
                new String[] {"1.2", "Increase health checks", null, null, "2025-13-01", "At risk", "Behind", null}), period);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("rows[4].target_date", "rows[4].what_are_we_doing_to_address_this");
        assertThat(refused.body()).contains("Row 4, column Target date: '2025-13-01' is not a date");
        assertThat(ok(plans.lead().get("api/strategies/" + strategy)).getInt("actionCount")).as("nothing stored").isZero();

        JsonObject imported = ok(importSheet(strategy, workbook(header,
                new String[] {"1.1", "Ensure the Drug and Alcohol service is accessible", "Nicola Mickleburgh", "Completions", "31/03/2025", null, null, null},
                new String[] {"1.1A", "Raise awareness of the service", "Carers First", null, null, "On course", "187 completions", null},
                new String[] {"1.2", "Increase health checks", null, null, "2025-03-01", "At risk", "Behind", "Targets for 13 GPs"}), period));
        assertThat(imported.getInt("actionsAdded")).isEqualTo(3);
        assertThat(imported.getInt("updatesRecorded")).isEqualTo(2);

        HttpResponse<byte[]> export = plans.lead().bytes("api/strategies/" + strategy + "/plan.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows.add(row.getCell(0).getStringCellValue() + "|" + (row.getCell(7) == null ? "" : row.getCell(7).getStringCellValue())
                        + "|" + (row.getCell(3) == null ? "" : row.getCell(3).getStringCellValue()));
            }
            assertThat(rows).containsExactly("1.1||Nicola Mickleburgh", "1.1A|On course|Carers First", "1.2|At risk|");
        }
        assertThat(ok(importSheet(strategy, export.body(), null)).getInt("actionsChanged")).as("the export imports back").isEqualTo(3);
    }

    @Test
    void aClosedPeriodRefusesAPlainChangeAndAcceptsACorrectionWithAReason() {
        StrategyPlans plans = new StrategyPlans(base);
        long strategy = plans.strategy("Closed period " + Api.unique());
        long priority = plans.priority(strategy, 1, "Housing");
        long a = plans.action(strategy, "1.1", "Retrofit social housing", priority, null);
        long b = plans.action(strategy, "1.2", "Remove hazards", priority, null);
        long period = plans.period(strategy, "November 2013", "2013-11-15");
        ok(plans.update(plans.lead(), a, period, "{\"status\":\"ON_COURSE\"}"));
        JsonObject stored = ok(plans.update(plans.lead(), b, period, "{\"status\":\"ON_COURSE\"}"));
        JsonObject periodJson = plans.lead().get("api/strategies/" + strategy + "/periods").array().getJsonObject(0);
        ok(plans.lead().post("api/strategies/" + strategy + "/periods/" + period + "/close",
                "{\"note\":\"Health and Wellbeing Board, December 2013\",\"version\":" + periodJson.getJsonNumber("version").longValue() + "}"));

        Api.Reply plain = plans.lead().put("api/strategies/actions/" + b + "/updates/" + period,
                "{\"status\":\"SOME_SLIPPAGE\",\"mitigation\":\"Re-inspecting\",\"version\":" + stored.getJsonNumber("version").longValue() + "}");
        assertThat(plain.status()).isEqualTo(409);
        assertThat(plain.json().getString("detail")).contains("closed").contains("correctionReason");

        JsonObject corrected = ok(plans.lead().put("api/strategies/actions/" + b + "/updates/" + period,
                "{\"status\":\"SOME_SLIPPAGE\",\"mitigation\":\"Re-inspecting\",\"correctionReason\":\"The quarter's hazard count was misread\",\"version\":"
                        + stored.getJsonNumber("version").longValue() + "}"));
        assertThat(corrected.getString("correctionReason")).isEqualTo("The quarter's hazard count was misread");

        String path = "api/strategies/" + strategy + "/periods/" + period + "/summary";
        JsonObject now = ok(plans.lead().get(path));
        JsonObject reported = ok(plans.lead().get(path + "?as=reported"));
        assertThat(number(now.getJsonObject("overall").getJsonObject("shares"), "SOME_SLIPPAGE")).isEqualByComparingTo("50.0");
        assertThat(now.getInt("corrections")).isEqualTo(1);
        assertThat(reported.getBoolean("asReported")).isTrue();
        assertThat(number(reported.getJsonObject("overall").getJsonObject("shares"), "ON_COURSE")).isEqualByComparingTo("100.0");
        assertThat(number(reported.getJsonObject("overall").getJsonObject("shares"), "SOME_SLIPPAGE")).isEqualByComparingTo("0.0");
        JsonObject correction = plans.lead().get("api/strategies/" + strategy + "/periods/" + period + "/corrections").array().getJsonObject(0);
        assertThat(correction.getString("before")).isEqualTo("ON_COURSE");
        assertThat(correction.getString("after")).isEqualTo("SOME_SLIPPAGE");
        assertThat(plans.lead().get(path + "?as=whenever").errorFields()).containsExactly("as");
    }

    @Test
    void theSummaryPdfHoldsTheFiguresAndPassesVeraPdf() throws Exception {
        StrategyPlans plans = new StrategyPlans(base);
        JsonObject hwb = plans.demo(HWB);
        HttpResponse<byte[]> pdf = plans.lead().bytes("api/strategies/" + id(hwb) + "/periods/" + periodNamed(hwb, "November 2013") + "/summary.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Southend Health and Wellbeing Strategy: progress summary, November 2013")
                    .contains("Overall total, November 2013 80.2% 5.7% 0.9% 13.2% 0.0%")
                    .contains("Comparison to September 2013 74.5% 4.7% 0.0% 20.8% 0.0%")
                    .contains("+5.7 +1.0 +0.9 -7.6 0.0")
                    .contains("1: A positive start in life (34) 88.2% 0.0% 0.0% 11.8% 0.0%")
                    .contains("2.1F Review the signage for the voluntary code")
                    .contains("We do not currently have any budget available for the replacement of play area signs.");
        }
        assertThat(failedRules(pdf.body())).as("veraPDF PDF/UA-1 failed rules").isEmpty();
    }

    @Test
    void theAnnualReportOfTheThreeStrategiesGoesIntoASupplementaryPack() throws Exception {
        StrategyPlans plans = new StrategyPlans(base);
        long caring = id(plans.demo("Caring Well"));
        long living = id(plans.demo("Living Well"));
        long ageing = id(plans.demo("Ageing Well"));
        String reference = caring + "," + living + "," + ageing + "/2023-24";

        HttpResponse<byte[]> direct = plans.lead().bytes("api/strategies/annual-report.pdf?strategies=" + caring + "," + living + "," + ageing + "&year=2023-24");
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(failedRules(direct.body())).isEmpty();

        Papers papers = new Papers(base);
        String suffix = Api.unique();
        long meeting = papers.meeting(papers.body("Strategies pack board " + suffix), "2024-12-10T17:00:00Z");
        long report = id(papers.report(meeting, "Adult Social Care Strategies Annual Report " + suffix,
                "<p>The end of year summary report of the three Adult Social Care Strategies for 2023/24.</p>"));
        JsonObject appendix = Papers.created(papers.author().post("api/reports/" + report + "/appendices/generated",
                "{\"title\":\"Adult Social Care Strategies Annual Report 2023-24\",\"generator\":\"strategies.annual-report\",\"reference\":\"" + reference + "\"}"));
        assertThat(appendix.getString("generator")).isEqualTo("strategies.annual-report");
        assertThat(papers.author().post("api/reports/" + report + "/appendices/generated",
                "{\"title\":\"Nonsense\",\"generator\":\"strategies.annual-report\",\"reference\":\"999999/2023-24\"}").errorFields()).containsExactly("reference");
        JsonObject hwb = plans.demo(HWB);
        String summaryReference = id(hwb) + "/" + periodNamed(hwb, "November 2013");
        Papers.created(papers.author().post("api/reports/" + report + "/appendices/generated",
                "{\"title\":\"Health and Wellbeing Strategy progress summary\",\"generator\":\"strategies.progress-summary\",\"reference\":\""
                        + summaryReference + "\"}"));
        // For whoever attaches the demo's documents to the board's demo meeting: the references as this database has them.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "strategies-demo-references.txt"),
                "strategies.annual-report " + reference + "\nstrategies.progress-summary " + summaryReference + "\n");
        papers.makeReady(report);
        papers.item(meeting, "Ageing Well, Caring Well and Living Well Strategies", ",\"reportId\":" + report + ",\"urgencyReason\":\"Late report\"");
        papers.publish(meeting);

        java.time.Instant until = java.time.Instant.now().plusSeconds(180);
        HttpResponse<byte[]> pack;
        do {
            Thread.sleep(500);
            pack = Api.anonymous(base).bytes("api/meetings/" + meeting + "/pack.pdf?variant=supplementary");
        } while (pack.statusCode() != 200 && java.time.Instant.now().isBefore(until));
        assertThat(pack.statusCode()).isEqualTo(200);
        List<String> pages = PacksIT.pages(pack.body());
        String all = String.join("\n", pages).replaceAll("\\s+", " ");
        assertThat(all).contains("SUPPLEMENTARY REPORTS PACK").contains("Strategies Annual Report April 2023 – March 2024")
                .contains("Caring Well / Living Well / Ageing Well").contains("There has been an increase from 1,442 to 1,755 registered with Carers First.")
                .contains("Focus for the year ahead")
                .contains("Southend Health and Wellbeing Strategy: progress summary, November 2013")
                .contains("Overall total, November 2013 80.2% 5.7% 0.9% 13.2% 0.0%");
        int start = PacksIT.pageOf(pages, "Caring Well / Living Well / Ageing Well");
        assertThat(start % 2).as("the appendix starts on an odd page").isEqualTo(1);
    }

    @Test
    void leadsSeeTheirUpdatesDueAndMeasuresAreJudgedOnTheirTrajectory() {
        StrategyPlans plans = new StrategyPlans(base);
        List<JsonObject> due = plans.lead().get("api/strategies/my-updates").array().stream().map(JsonValue::asJsonObject).toList();
        assertThat(due).isNotEmpty();
        assertThat(due).anySatisfy(d -> {
            assertThat(d.getString("strategyName")).isEqualTo("Caring Well");
            assertThat(d.getString("periodName")).isEqualTo("2024-25 (year 3)");
            assertThat(d.getBoolean("overdue")).isTrue();
        });
        assertThat(Api.as(base, "admin").get("api/strategies/my-updates").array()).as("no person, nothing due").isEmpty();

        JsonObject essex = plans.demo("Essex Health and Social Care Strategy 2021–2025");
        List<JsonObject> measures = plans.lead().get("api/strategies/" + id(essex) + "/measures").array().stream().map(JsonValue::asJsonObject).toList();
        JsonObject active = measures.stream().filter(m -> m.getString("name").startsWith("Adults classed as active")).findFirst().orElseThrow();
        assertThat(active.getString("aim")).isEqualTo("From 61% (1 April 2021) to 72% by 31 March 2025");
        JsonObject value = active.getJsonArray("values").getJsonObject(0);
        assertThat(value.getString("status")).isEqualTo("OFF_TRACK");
        assertThat(value.getString("sentence")).isEqualTo("Off track: 3.3 points below the 66.5% expected by 31 March 2023 on the way to 72% by 31 March 2025.");
        assertThat(measures).anySatisfy(m -> assertThat(m.getString("aim")).isEqualTo("Increase (no numeric target)"));
        assertThat(measures).anySatisfy(m -> assertThat(m.getString("aim")).isEqualTo("Decrease (no numeric target)"));
    }

    static java.util.Set<String> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            java.util.Set<String> failed = new java.util.TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " " + assertion.getMessage());
                }
            }
            return failed;
        }
    }
}

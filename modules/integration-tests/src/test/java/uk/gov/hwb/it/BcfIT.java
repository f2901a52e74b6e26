package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Bcf.id;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Better Care Fund API against the real EAR: the funding rules, money refused when it is not
 * pounds and pence, who may do what, the return's workflow with locked versions served byte for
 * byte, the XLSX export and import, the audit of figure changes, and the demo plan of seed 002.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BcfIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private Bcf bcf() {
        return new Bcf(base);
    }

    @Test
    void overAllocationIsRefusedNamingTheSourceAndTheExcessAndNothingIsStored() {
        Bcf bcf = bcf();
        long plan = bcf.plan("Over-allocation " + Api.unique());
        bcf.income(plan, "2023-24", "[{\"source\":\"iBCF\",\"amount\":1000}]");
        bcf.scheme(plan, "2023-24", "iBCF", "Home care", "800");
        Api.Reply refused = bcf.addScheme(bcf.finance(), plan, "2023-24", "iBCF", "Too much", "300.50");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.errorFields()).containsExactly("planned");
        assertThat(refused.body()).contains("iBCF").contains("£100.50 more than its income of £1,000");
        JsonObject funding = bcf.funding(plan, "2023-24");
        assertThat(funding.getJsonObject("total").getJsonNumber("expenditure").bigDecimalValue()).isEqualByComparingTo("800");
        assertThat(bcf.finance().get("api/bcf/plans/" + plan + "/schemes").json().getInt("total")).as("nothing stored").isEqualTo(1);

        JsonObject line = bcf.finance().get("api/bcf/plans/" + plan + "/schemes").json().getJsonArray("items").getJsonObject(0);
        Api.Reply raised = bcf.finance().put("api/bcf/schemes/" + id(line), "{\"schemeId\":\"S1\",\"name\":\"Home care\",\"year\":\"2023-24\","
                + "\"source\":\"iBCF\",\"type\":\"Carers Services\",\"areaOfSpend\":\"Social Care\",\"commissioner\":\"LA\",\"provider\":\"P\","
                + "\"planned\":1000.01,\"version\":" + line.getInt("version") + "}");
        assertThat(raised.status()).isEqualTo(400);
        assertThat(raised.body()).contains("£0.01 more than its income");
        Api.Reply cut = bcf.finance().put("api/bcf/plans/" + plan + "/years/2023-24/income", "[{\"source\":\"iBCF\",\"amount\":799.99}]");
        assertThat(cut.status()).as("income below what schemes already plan").isEqualTo(400);
        assertThat(cut.errorFields()).containsExactly("lines[0].amount");
        assertThat(bcf.funding(plan, "2023-24").getJsonArray("rows").getJsonObject(2).getJsonNumber("income").bigDecimalValue())
                .isEqualByComparingTo("1000");
    }

    @Test
    void theFundingTableIsComputedFromTheStoredFiguresToThePenny() {
        Bcf bcf = bcf();
        long plan = bcf.plan("Funding " + Api.unique());
        JsonObject table = bcf.income(plan, "2023-24", Bcf.SEED_INCOME_2023);
        assertThat(table.getJsonObject("total").getJsonNumber("income").bigDecimalValue()).isEqualByComparingTo("28156886");
        assertThat(table.getJsonObject("total").getJsonNumber("unallocated").bigDecimalValue()).isEqualByComparingTo("28156886");
        bcf.scheme(plan, "2023-24", "DFG", "Adaptations", "1721064.99");
        JsonObject funding = bcf.funding(plan, "2023-24");
        JsonObject dfg = funding.getJsonArray("rows").getJsonObject(0);
        assertThat(dfg.getString("source")).isEqualTo("DFG");
        assertThat(dfg.getJsonNumber("unallocated").bigDecimalValue()).isEqualByComparingTo("0.01");
        assertThat(funding.getJsonObject("total").getJsonNumber("expenditure").bigDecimalValue()).isEqualByComparingTo("1721064.99");
        assertThat(funding.getJsonArray("rows")).hasSize(7);
        assertThat(bcf.finance().get("api/bcf/plans/" + plan + "/years/2030-31/funding").status()).isEqualTo(404);
        assertThat(bcf.finance().get("api/bcf/plans/" + plan + "/years/2023-2024/funding").errorFields()).containsExactly("year");
    }

    @Test
    void moneyMustBePoundsAndPenceNeverNegativeOrSomethingElse() {
        Bcf bcf = bcf();
        long plan = bcf.plan("Money " + Api.unique());
        String income = "api/bcf/plans/" + plan + "/years/2023-24/income";
        Api.Reply negative = bcf.finance().put(income, "[{\"source\":\"DFG\",\"amount\":-1}]");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).singleElement().asString().contains("amount");
        Api.Reply threeDecimals = bcf.finance().put(income, "[{\"source\":\"DFG\",\"amount\":10.005}]");
        assertThat(threeDecimals.status()).isEqualTo(400);
        assertThat(threeDecimals.body()).contains("at most two decimal places");
        assertThat(threeDecimals.errorFields()).singleElement().asString().contains("amount");
        Api.Reply words = bcf.finance().put(income, "[{\"source\":\"DFG\",\"amount\":\"lots\"}]");
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.isProblem()).isTrue();
        assertThat(words.errorFields()).singleElement().asString().contains("amount");
        Api.Reply source = bcf.finance().put(income, "[{\"source\":\"Lottery\",\"amount\":10}]");
        assertThat(source.errorFields()).containsExactly("lines[0].source");
        Api.Reply scheme = bcf.addScheme(bcf.finance(), plan, "2023-24", "DFG", "Pennies", "1.123");
        assertThat(scheme.status()).isEqualTo(400);
        assertThat(scheme.errorFields()).containsExactly("planned");
        Api.Reply commissioner = bcf.finance().post("api/bcf/plans/" + plan + "/schemes", "{\"name\":\"X\",\"year\":\"2023-24\",\"source\":\"DFG\","
                + "\"type\":\"T\",\"areaOfSpend\":\"Social Care\",\"commissioner\":\"COUNCIL\",\"provider\":\"P\",\"planned\":1}");
        assertThat(commissioner.status()).isEqualTo(400);
        assertThat(commissioner.errorFields()).contains("commissioner");
        assertThat(bcf.funding(plan, "2023-24").getJsonObject("total").getJsonNumber("income").bigDecimalValue()).as("nothing stored")
                .isEqualByComparingTo("0");
    }

    @Test
    void nothingOfTheBcfIsPublicMembersReadAndFinanceEdits() {
        Bcf bcf = bcf();
        long plan = bcf.plan("Roles " + Api.unique());
        Api anonymous = Api.anonymous(base);
        for (String path : List.of("api/bcf/plans", "api/bcf/plans/" + plan, "api/bcf/plans/" + plan + "/years/2023-24/funding",
                "api/bcf/plans/" + plan + "/schemes", "api/bcf/plans/" + plan + "/metrics", "api/bcf/plans/" + plan + "/returns",
                "api/bcf/quarterly-updates", "api/bcf/quarterly-updates/" + plan + "/2023-24/Q2")) {
            Api.Reply reply = anonymous.get(path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.isProblem()).as(path).isTrue();
        }
        assertThat(anonymous.post("api/bcf/plans", "{\"name\":\"X\",\"years\":[\"2023-24\"]}").status()).isEqualTo(401);

        Api member = Api.as(base, "member");
        assertThat(member.get("api/bcf/plans/" + plan + "/years/2023-24/funding").status()).as("members read").isEqualTo(200);
        Api.Reply memberEdit = member.put("api/bcf/plans/" + plan + "/years/2023-24/income", "[{\"source\":\"DFG\",\"amount\":5}]");
        assertThat(memberEdit.status()).isEqualTo(403);
        assertThat(memberEdit.isProblem()).isTrue();
        assertThat(bcf.addScheme(member, plan, "2023-24", "DFG", "X", "1").status()).isEqualTo(403);
        assertThat(Api.as(base, "author").put("api/bcf/plans/" + plan + "/years/2023-24/income", "[{\"source\":\"DFG\",\"amount\":5}]")
                .status()).isEqualTo(403);
        assertThat(bcf.finance().put("api/bcf/plans/" + plan + "/years/2023-24/income", "[{\"source\":\"DFG\",\"amount\":5}]").status())
                .as("finance edits").isEqualTo(200);
        assertThat(bcf.funding(plan, "2023-24").getJsonObject("total").getJsonNumber("income").bigDecimalValue()).isEqualByComparingTo("5");
    }

    @Test
    void figureChangesAreInTheAuditLogWithOldAndNewValues() {
        Bcf bcf = bcf();
        long plan = bcf.plan("Audit " + Api.unique());
        bcf.income(plan, "2023-24", "[{\"source\":\"iBCF\",\"amount\":1000.37}]");
        bcf.income(plan, "2023-24", "[{\"source\":\"iBCF\",\"amount\":1200.41}]");
        Api admin = Api.as(base, "admin");
        List<JsonObject> income = admin.get("api/audit?entity=BcfIncome&user=finance&limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(income).anySatisfy(e -> {
            assertThat(e.getString("field")).isEqualTo("amount");
            assertThat(e.getString("oldValue")).isEqualTo("1000.37");
            assertThat(e.getString("newValue")).isEqualTo("1200.41");
            assertThat(e.getString("username")).isEqualTo("finance");
        });
        JsonObject scheme = bcf.scheme(plan, "2023-24", "iBCF", "Audited line", "500");
        Api.Reply actual = bcf.finance().put("api/bcf/schemes/" + id(scheme) + "/actuals/2", "{\"actual\":123.45,\"forecast\":480,\"version\":"
                + scheme.getInt("version") + "}");
        assertThat(actual.status()).as(actual.body()).isEqualTo(200);
        assertThat(actual.json().getJsonNumber("variance").bigDecimalValue()).isEqualByComparingTo("-20");
        assertThat(actual.json().getJsonNumber("variancePercent").bigDecimalValue()).isEqualByComparingTo("-4.0");
        List<JsonObject> schemeLog = admin.get("api/audit?entity=BcfScheme&id=" + id(scheme)).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(schemeLog).anySatisfy(e -> {
            assertThat(e.getString("field")).isEqualTo("actualQ2");
            assertThat(Bcf.absent(e, "oldValue")).isTrue();
            assertThat(e.getString("newValue")).isEqualTo("123.45");
        });
        JsonObject metric = bcf.metric(plan, "{\"name\":\"Reablement\",\"unit\":\"PERCENT\",\"polarity\":\"HIGHER_IS_BETTER\",\"basis\":\"AS_IS\","
                + "\"targets\":{\"2023-24\":80.0}}");
        bcf.value(id(metric), "2023-24", 2, "{\"value\":74.5}");
        bcf.value(id(metric), "2023-24", 2, "{\"value\":78.6}");
        assertThat(admin.get("api/audit?entity=BcfMetricValue&user=finance&limit=200").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("field")).isEqualTo("value");
                    assertThat(new BigDecimal(e.getString("oldValue"))).isEqualByComparingTo("74.5");
                    assertThat(new BigDecimal(e.getString("newValue"))).isEqualByComparingTo("78.6");
                });
    }

    @Test
    void metricsAreJudgedByPolarityAndBasisWithABlankQuarterAsNoData() {
        Bcf bcf = bcf();
        long plan = bcf.plan("Metrics " + Api.unique());
        JsonObject reablement = bcf.metric(plan, "{\"name\":\"Reablement\",\"unit\":\"PERCENT\",\"polarity\":\"HIGHER_IS_BETTER\","
                + "\"basis\":\"AS_IS\",\"targets\":{\"2023-24\":80.0}}");
        JsonObject q2 = Bcf.quarter(bcf.value(id(reablement), "2023-24", 2, "{\"value\":78.6,\"commentary\":\"Below target by 2.4%.\"}"), "2023-24", 2);
        assertThat(q2.getString("status")).isEqualTo("OFF_TRACK");
        assertThat(q2.getJsonNumber("gap").bigDecimalValue()).isEqualByComparingTo("-1.4");
        assertThat(q2.getString("sentence")).isEqualTo("Off track: 1.4 points below the target of 80%.");
        assertThat(q2.getString("commentaryWarning")).contains("below target by 2.4%").contains("1.4 points below");
        JsonObject falls = bcf.metric(plan, "{\"name\":\"Falls\",\"unit\":\"RATE_PER_100K\",\"polarity\":\"LOWER_IS_BETTER\","
                + "\"basis\":\"ANNUAL_PROJECTION\",\"targets\":{\"2023-24\":2100}}");
        JsonObject judged = bcf.value(id(falls), "2023-24", 1, "{\"value\":627.9}");
        JsonObject q1 = Bcf.quarter(judged, "2023-24", 1);
        assertThat(q1.getJsonNumber("projected").bigDecimalValue()).isEqualByComparingTo("2511.6");
        assertThat(q1.getString("status")).isEqualTo("OFF_TRACK");
        assertThat(q1.getJsonNumber("gap").bigDecimalValue()).isEqualByComparingTo("-411.6");
        assertThat(Bcf.quarter(judged, "2023-24", 2).getString("status")).as("blank is no data").isEqualTo("NO_DATA");
        assertThat(Bcf.absent(Bcf.quarter(judged, "2023-24", 2), "value")).isTrue();
        Api.Reply percent = bcf.finance().put("api/bcf/metrics/" + id(reablement) + "/values/2023-24/3", "{\"value\":101}");
        assertThat(percent.errorFields()).containsExactly("value");
        assertThat(bcf.finance().put("api/bcf/metrics/" + id(reablement) + "/values/2023-24/5", "{\"value\":1}").errorFields())
                .containsExactly("quarter");
        Api.Reply basis = bcf.finance().post("api/bcf/plans/" + plan + "/metrics", "{\"name\":\"X\",\"unit\":\"COUNT\",\"polarity\":\"NONE\","
                + "\"basis\":\"COMPARATOR\"}");
        assertThat(basis.errorFields()).containsExactlyInAnyOrder("basis", "polarity");
    }

    @Test
    void aSubmittedReturnIsLockedAndACorrectionMakesVersionTwoWhileVersionOneIsServedUnchanged() throws Exception {
        Bcf bcf = bcf();
        long plan = bcf.seedPlan("Return " + Api.unique());
        JsonObject draft = bcf.startReturn(plan, "2023-24", 2);
        assertThat(draft.getString("due")).isEqualTo("2023-10-31");
        assertThat(draft.getBoolean("overdue")).as("long past and not submitted").isTrue();
        assertThat(draft.getString("dueSentence")).startsWith("Overdue by");
        long id = id(draft);
        Api.Reply saved = bcf.finance().put("api/bcf/returns/" + id, "{\"section75Signed\":true,\"section75Explanation\":\"Signed by both.\","
                + "\"nationalConditionsMet\":true,\"challenges\":\"=1+2 estimating demand\",\"due\":\"2023-10-31\",\"version\":"
                + draft.getInt("version") + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(bcf.finance().post("api/bcf/returns/" + id + "/submit", "").status()).as("not signed off yet").isEqualTo(409);

        Api.Reply financeSigns = bcf.finance().post("api/bcf/returns/" + id + "/sign-off", "");
        assertThat(financeSigns.status()).as("only the chair, or democratic services for the chair").isEqualTo(403);
        Api.Reply signed = Api.as(base, "member").post("api/bcf/returns/" + id + "/sign-off", "");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(signed.json().getString("signedOffBy")).isEqualTo("Councillor Maxine Sadza");
        assertThat(signed.json().getBoolean("signedOnBehalf")).isFalse();
        assertThat(signed.json().getString("signedOffAt")).isNotBlank();

        JsonObject submitted = bcf.finance().post("api/bcf/returns/" + id + "/submit", "").json();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getBoolean("overdue")).isFalse();
        JsonObject v1 = submitted.getJsonArray("versions").getJsonObject(0);
        assertThat(v1.getInt("number")).isEqualTo(1);

        Api.Reply change = bcf.finance().put("api/bcf/returns/" + id, "{\"section75Signed\":true,\"nationalConditionsMet\":true,"
                + "\"due\":\"2023-10-31\",\"version\":" + submitted.getInt("version") + "}");
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.isProblem()).isTrue();
        assertThat(change.body()).contains("locked");

        HttpResponse<byte[]> first = bcf.finance().bytes("api/bcf/returns/" + id + "/versions/1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(sha256(first.body())).isEqualTo(v1.getString("sha256"));
        assertThat(first.headers().firstValue("ETag")).contains("\"" + v1.getString("sha256") + "\"");
        assertThat(new String(first.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"format\":\"bcf-return/1\"")
                .contains("\"income\":28156886.00");

        bcf.income(plan, "2023-24", "[{\"source\":\"Additional ICB Contribution\",\"amount\":250000}]");
        Api.Reply corrected = bcf.finance().post("api/bcf/returns/" + id + "/corrections", "{\"reason\":\"ICB contribution confirmed\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonObject v2 = corrected.json().getJsonArray("versions").getJsonObject(1);
        assertThat(v2.getInt("number")).isEqualTo(2);
        assertThat(v2.getString("reason")).isEqualTo("ICB contribution confirmed");
        assertThat(v2.getString("sha256")).isNotEqualTo(v1.getString("sha256"));
        HttpResponse<byte[]> again = bcf.finance().bytes("api/bcf/returns/" + id + "/versions/1");
        assertThat(again.body()).as("version 1 byte for byte").isEqualTo(first.body());
        assertThat(sha256(again.body())).isEqualTo(v1.getString("sha256"));
        assertThat(new String(bcf.finance().bytes("api/bcf/returns/" + id + "/versions/2").body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"income\":28406886.00");
        assertThat(bcf.finance().get("api/bcf/returns/" + id + "/versions/3").status()).isEqualTo(404);
        assertThat(bcf.finance().post("api/bcf/returns/" + id + "/corrections", "{\"reason\":\" \"}").errorFields()).containsExactly("reason");

        Api.Reply noted = Api.as(base, "democratic").post("api/bcf/returns/" + id + "/notings", "{\"versionNumber\":2,\"notedOn\":\"2024-12-10\","
                + "\"meeting\":\"Health and Wellbeing Board\",\"note\":\"Retrospective due to the schedule of meetings.\"}");
        assertThat(noted.status()).as(noted.body()).isEqualTo(200);
        assertThat(noted.json().getJsonArray("notings").getJsonObject(0).getInt("versionNumber")).isEqualTo(2);
        assertThat(Api.as(base, "democratic").post("api/bcf/returns/" + id + "/notings", "{\"versionNumber\":7,\"notedOn\":\"2024-12-10\"}")
                .errorFields()).containsExactly("versionNumber");

        // The export of a submitted return is its latest locked version, read back with POI.
        HttpResponse<byte[]> xlsx = bcf.finance().bytes("api/bcf/returns/" + id + "/return.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetName(0)).isEqualTo("Cover");
            Sheet income = book.getSheet("Income");
            Row total = income.getRow(8);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(28_406_886d);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(28_156_886d);
            assertThat(book.getSheet("Expenditure").getPhysicalNumberOfRows()).isGreaterThan(1);
            boolean guarded = false;
            for (Row row : book.getSheet("Cover")) {
                if (row.getCell(1) != null && "=1+2 estimating demand".equals(row.getCell(1).getStringCellValue())) {
                    guarded = row.getCell(1).getCellStyle().getQuotePrefixed();
                }
            }
            assertThat(guarded).as("typed text starting with = stays text").isTrue();
        }
    }

    @Test
    void democraticServicesSignOffOnTheChairsBehalfWithTheChairsNameRecorded() {
        Bcf bcf = bcf();
        long plan = bcf.plan("Behalf " + Api.unique());
        long id = id(bcf.startReturn(plan, "2024-25", 1));
        Api.Reply signed = Api.as(base, "democratic").post("api/bcf/returns/" + id + "/sign-off", "");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().getString("signedOffBy")).isEqualTo("Councillor Maxine Sadza");
        assertThat(signed.json().getBoolean("signedOnBehalf")).isTrue();
        assertThat(signed.json().getString("signOffRecordedBy")).isEqualTo("democratic");
        assertThat(Api.as(base, "democratic").post("api/bcf/returns/" + id + "/sign-off", "").status()).as("already signed off").isEqualTo(409);
        assertThat(Api.as(base, "sendlead").post("api/bcf/returns/" + id + "/sign-off", "").status()).isEqualTo(403);
        JsonObject current = bcf.finance().get("api/bcf/returns/" + id).json();
        Api.Reply changed = bcf.finance().put("api/bcf/returns/" + id, "{\"section75Signed\":true,\"nationalConditionsMet\":false,"
                + "\"challenges\":\"New\",\"due\":\"2024-07-31\",\"version\":" + current.getInt("version") + "}");
        assertThat(changed.json().getString("status")).as("changed after sign-off: the chair signs again").isEqualTo("DRAFT");
        assertThat(Bcf.absent(changed.json(), "signedOffBy")).isTrue();
        Api.Reply stale = bcf.finance().put("api/bcf/returns/" + id, "{\"section75Signed\":true,\"nationalConditionsMet\":false,"
                + "\"due\":\"2024-07-31\",\"version\":" + current.getInt("version") + "}");
        assertThat(stale.status()).as("optimistic lock").isEqualTo(409);
    }

    @Test
    void anImportWithOneBadRowStoresNothingAndNamesTheRow() {
        Bcf bcf = bcf();
        long plan = bcf.plan("Import " + Api.unique());
        bcf.income(plan, "2023-24", "[{\"source\":\"DFG\",\"amount\":1000},{\"source\":\"iBCF\",\"amount\":500}]");
        List<String> header = List.of("Scheme ID", "Scheme name", "Year", "Source", "Scheme type", "Area of spend", "Commissioner", "Provider",
                "Planned (£)");
        byte[] bad = Bcf.workbook(header, List.of(
                List.of("1", "Adaptations", "2023-24", "DFG", "DFG Related Schemes", "Social Care", "LA", "Council", 600),
                List.of("2", "Equipment", "2023-24", "DFG", "Assistive Technologies and Equipment", "Social Care", "LA", "Council", 400),
                List.of("3", "Care", "2023-24", "iBCF", "Home Care or Domiciliary Care", "Social Care", "Council", "Agency", "lots")));
        Api.Reply refused = bcf.upload(bcf.finance(), "api/bcf/plans/" + plan + "/schemes/import", "schemes.xlsx", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("rows[4].Commissioner", "rows[4].Planned");
        assertThat(refused.body()).contains("Row 4, column Planned: 'lots' is not a number");
        assertThat(bcf.finance().get("api/bcf/plans/" + plan + "/schemes").json().getInt("total")).as("nothing stored").isZero();

        byte[] over = Bcf.workbook(header, List.of(
                List.of("1", "Adaptations", "2023-24", "DFG", "DFG Related Schemes", "Social Care", "LA", "Council", 600),
                List.of("2", "Equipment", "2023-24", "DFG", "Assistive Technologies and Equipment", "Social Care", "LA", "Council", 400.01)));
        Api.Reply overAllocated = bcf.upload(bcf.finance(), "api/bcf/plans/" + plan + "/schemes/import", "schemes.xlsx", over);
        assertThat(overAllocated.errorFields()).containsExactly("rows[3].Planned");
        assertThat(overAllocated.body()).contains("DFG").contains("£0.01 more than its income of £1,000");

        byte[] good = Bcf.workbook(header, List.of(
                List.of("1", "Adaptations", "2023-24", "DFG", "DFG Related Schemes", "Social Care", "LA", "Council", 600),
                List.of("2", "Equipment", "2023-24", "DFG", "Assistive Technologies and Equipment", "Social Care", "Joint", "Council", 399.99),
                List.of("3", "Care", "2023-24", "iBCF", "Home Care or Domiciliary Care", "Social Care", "NHS", "Agency", 500)));
        Api.Reply imported = bcf.upload(bcf.finance(), "api/bcf/plans/" + plan + "/schemes/import", "schemes.xlsx", good);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getInt("imported")).isEqualTo(3);
        assertThat(bcf.funding(plan, "2023-24").getJsonObject("total").getJsonNumber("unallocated").bigDecimalValue()).isEqualByComparingTo("0.01");

        Api.Reply notXlsx = bcf.upload(bcf.finance(), "api/bcf/plans/" + plan + "/schemes/import", "schemes.xlsx", "a,b,c".getBytes());
        assertThat(notXlsx.status()).isEqualTo(400);
        assertThat(notXlsx.errorFields()).containsExactly("file");
        assertThat(bcf.upload(Api.as(base, "member"), "api/bcf/plans/" + plan + "/schemes/import", "schemes.xlsx", good).status()).isEqualTo(403);
    }

    @Test
    void schemeListsPageSortAndFilter() {
        Bcf bcf = bcf();
        long plan = bcf.plan("Lists " + Api.unique());
        bcf.income(plan, "2023-24", "[{\"source\":\"DFG\",\"amount\":1000},{\"source\":\"iBCF\",\"amount\":1000}]");
        bcf.scheme(plan, "2023-24", "DFG", "Alpha", "100");
        bcf.scheme(plan, "2023-24", "iBCF", "Beta", "300");
        bcf.scheme(plan, "2023-24", "iBCF", "Gamma", "200");
        JsonObject page = bcf.finance().get("api/bcf/plans/" + plan + "/schemes?source=iBCF&sort=-planned&limit=1").json();
        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(page.getJsonArray("items")).hasSize(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("Beta");
        assertThat(bcf.finance().get("api/bcf/plans/" + plan + "/schemes?provider=carers&type=carers").json().getInt("total")).isEqualTo(3);
        assertThat(bcf.finance().get("api/bcf/plans/" + plan + "/schemes?sort=colour").errorFields()).containsExactly("sort");
        assertThat(bcf.finance().get("api/bcf/plans/" + plan + "/schemes?limit=0").errorFields()).containsExactly("limit");
    }

    @Test
    void theDemoPlanHoldsSeed002sFiguresWithTotalsSummedAndTheMetricsJudged() {
        Bcf bcf = bcf();
        JsonObject plan = bcf.demoPlan();
        List<JsonObject> totals = plan.getJsonArray("totals").getValuesAs(JsonObject.class);
        assertThat(totals.get(0).getJsonNumber("income").bigDecimalValue()).isEqualByComparingTo("28156886");
        assertThat(totals.get(0).getJsonNumber("expenditure").bigDecimalValue()).as("illustrative lines add up exactly").isEqualByComparingTo("28156886");
        assertThat(totals.get(1).getJsonNumber("income").bigDecimalValue()).isEqualByComparingTo("29888629");
        assertThat(totals.get(1).getJsonNumber("unallocated").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(plan.getBoolean("agreed")).isTrue();
        assertThat(plan.getString("signOffBodyName")).isEqualTo("Health and Wellbeing Board");

        List<JsonObject> metrics = bcf.finance().get("api/bcf/plans/" + id(plan) + "/metrics").array().getValuesAs(JsonObject.class);
        assertThat(metrics).extracting(m -> m.getString("name")).containsExactly("Avoidable admissions", "Discharge to normal place of residence",
                "Falls", "Residential admissions", "Reablement");
        JsonObject reablement = Bcf.quarter(metrics.get(4), "2023-24", 2);
        assertThat(reablement.getString("status")).isEqualTo("OFF_TRACK");
        assertThat(reablement.getJsonNumber("gap").bigDecimalValue()).isEqualByComparingTo("-1.4");
        assertThat(reablement.getString("commentaryWarning")).contains("\"below target by 2.4%\"");
        assertThat(Bcf.quarter(metrics.get(3), "2023-24", 1).getString("status")).as("549 against 549").isEqualTo("ON_TRACK");
        assertThat(Bcf.quarter(metrics.get(3), "2023-24", 2).getString("status")).isEqualTo("NO_DATA");
        assertThat(Bcf.quarter(metrics.get(3), "2023-24", 2).getString("commentaryWarning")).contains("\"below target\"");
        assertThat(Bcf.quarter(metrics.get(2), "2023-24", 1).getJsonNumber("projected").bigDecimalValue()).isEqualByComparingTo("2511.6");
        assertThat(Bcf.quarter(metrics.get(0), "2023-24", 2).getJsonNumber("gap").bigDecimalValue()).isEqualByComparingTo("-9.7");

        JsonObject q2 = bcf.finance().get("api/bcf/plans/" + id(plan) + "/returns").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("year").equals("2023-24") && r.getInt("quarter") == 2).findFirst().orElseThrow();
        assertThat(q2.getString("due")).isEqualTo("2023-10-31");
        assertThat(q2.getString("status")).isEqualTo("SUBMITTED");
        assertThat(q2.getString("signedOffBy")).isEqualTo("Councillor Maxine Sadza");
        assertThat(q2.getString("dueSentence")).isEqualTo("Submitted on 31 October 2023, on the day it was due.");
        assertThat(q2.getJsonArray("notings").getJsonObject(0).getString("note")).contains("retrospective due to the schedule of meetings");
        JsonObject capacity = bcf.finance().get("api/bcf/plans/" + id(plan) + "/years/2023-24/capacity").json();
        assertThat(capacity.getString("upliftSentence")).isEqualTo("Uplifts applied to the baseline: +10% in November 2023 and March 2024;"
                + " +20% in December 2023, January 2024 and February 2024.");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

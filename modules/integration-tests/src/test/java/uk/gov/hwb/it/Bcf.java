package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Sets up Better Care Fund plans through the API as the finance officer would, for the BCF tests. */
final class Bcf {

    static final String SEED_INCOME_2023 = "[{\"source\":\"DFG\",\"amount\":1721065},"
            + "{\"source\":\"Minimum NHS Contribution\",\"amount\":15977498},{\"source\":\"iBCF\",\"amount\":7797498},"
            + "{\"source\":\"Additional LA Contribution\",\"amount\":368848},{\"source\":\"Additional ICB Contribution\",\"amount\":0},"
            + "{\"source\":\"Local Authority Discharge Funding\",\"amount\":1093197},{\"source\":\"ICB Discharge Funding\",\"amount\":1198780}]";
    static final String SEED_INCOME_2024 = "[{\"source\":\"DFG\",\"amount\":1721065},"
            + "{\"source\":\"Minimum NHS Contribution\",\"amount\":16881824},{\"source\":\"iBCF\",\"amount\":7797498},"
            + "{\"source\":\"Additional LA Contribution\",\"amount\":0},{\"source\":\"Additional ICB Contribution\",\"amount\":0},"
            + "{\"source\":\"Local Authority Discharge Funding\",\"amount\":1821922},{\"source\":\"ICB Discharge Funding\",\"amount\":1666320}]";

    private final URL base;

    Bcf(URL base) {
        this.base = base;
    }

    Api finance() {
        return Api.as(base, "finance");
    }

    /** Whether a JSON member is absent or null (JSON-B leaves nulls out). */
    static boolean absent(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name);
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** A new plan "name" for 2023-24 and 2024-25, with the Section 75 agreement signed by both. */
    long plan(String name) {
        Api.Reply created = finance().post("api/bcf/plans", "{\"name\":\"" + name + "\",\"years\":[\"2023-24\",\"2024-25\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = id(created.json());
        Api.Reply agreed = finance().put("api/bcf/plans/" + id + "/agreement", "{\"councilName\":\"Southend-on-Sea City Council\","
                + "\"icbName\":\"NHS Mid and South Essex ICB\",\"host\":\"COUNCIL\",\"councilSignedOn\":\"2023-06-20\",\"icbSignedOn\":\"2023-06-28\","
                + "\"agreed\":true,\"version\":" + created.json().getInt("version") + "}");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        return id;
    }

    JsonObject income(long plan, String year, String lines) {
        Api.Reply reply = finance().put("api/bcf/plans/" + plan + "/years/" + year + "/income", lines);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** A plan with seed 002's income in both years, spent in full by one line per source (so the funding table balances). */
    long seedPlan(String name) {
        long plan = plan(name);
        income(plan, "2023-24", SEED_INCOME_2023);
        income(plan, "2024-25", SEED_INCOME_2024);
        for (String year : List.of("2023-24", "2024-25")) {
            for (var row : funding(plan, year).getJsonArray("rows").getValuesAs(JsonObject.class)) {
                if (row.getJsonNumber("income").bigDecimalValue().signum() > 0) {
                    scheme(plan, year, row.getString("source"), "Spend of " + row.getString("source"), row.getJsonNumber("income").toString());
                }
            }
        }
        return plan;
    }

    JsonObject funding(long plan, String year) {
        Api.Reply reply = finance().get("api/bcf/plans/" + plan + "/years/" + year + "/funding");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    Api.Reply addScheme(Api as, long plan, String year, String source, String name, String planned) {
        return as.post("api/bcf/plans/" + plan + "/schemes", "{\"schemeId\":\"S1\",\"name\":\"" + name + "\",\"year\":\"" + year + "\",\"source\":\""
                + source + "\",\"type\":\"Carers Services\",\"areaOfSpend\":\"Social Care\",\"commissioner\":\"LA\",\"provider\":\"Southend Carers\","
                + "\"planned\":" + planned + "}");
    }

    JsonObject scheme(long plan, String year, String source, String name, String planned) {
        Api.Reply reply = addScheme(finance(), plan, year, source, name, planned);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    JsonObject metric(long plan, String json) {
        Api.Reply reply = finance().post("api/bcf/plans/" + plan + "/metrics", json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    JsonObject value(long metric, String year, int quarter, String json) {
        Api.Reply reply = finance().put("api/bcf/metrics/" + metric + "/values/" + year + "/" + quarter, json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The quarter of a metric's judged quarters. */
    static JsonObject quarter(JsonObject metric, String year, int quarter) {
        return metric.getJsonArray("quarters").getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("year").equals(year) && q.getInt("quarter") == quarter).findFirst().orElseThrow();
    }

    JsonObject startReturn(long plan, String year, int quarter) {
        Api.Reply reply = finance().post("api/bcf/plans/" + plan + "/returns", "{\"year\":\"" + year + "\",\"quarter\":" + quarter + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    /** The demo plan of seed 002 ("BCF 2023–25"). */
    JsonObject demoPlan() {
        return finance().get("api/bcf/plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals("BCF 2023–25")).findFirst().orElseThrow();
    }

    /** An XLSX workbook whose first sheet has the header row and the rows given. */
    static byte[] workbook(List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Schemes");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart/form-data upload of one file (field "file"). */
    Api.Reply upload(Api as, String path, String fileName, byte[] content) {
        return as.upload(path, fileName, content, "Schemes");
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

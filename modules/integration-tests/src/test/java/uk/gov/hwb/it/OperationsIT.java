package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, migrations, OpenAPI, the calendar API, and data surviving a server restart. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    private Api managementPort() throws Exception {
        return Api.anonymous(new URL("http", base.getHost(), Integer.getInteger("hwb.management.port", 9990), "/"));
    }

    @Test
    void readyReportsTheDatabaseAndEveryModulesMigratedSchema() throws Exception {
        Api.Reply ready = managementPort().get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        JsonObject database = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        JsonObject data = database.getJsonObject("data");
        assertThat(data.getString("schema.platform")).isEqualTo("version 2");
        assertThat(data.getString("schema.board")).isEqualTo("version 5");
        assertThat(data.getString("schema.send")).isEqualTo("version 2");
        for (String module : new String[] {"strategies", "bcf"}) {
            assertThat(data.getString("schema." + module)).as(module).isEqualTo("version 1");
        }
        assertThat(managementPort().get("health/live").status()).isEqualTo(200);
    }

    @Test
    void openApiDocumentsTheContract() {
        Api.Reply openapi = Api.anonymous(base).get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/people", "/api/people/{id}", "/api/organisations", "/api/calendar/bank-holidays",
                "/api/calendar/publication-deadline", "/api/audit", "/api/bodies/{id}/members", "/api/meetings/{id}/items/{itemId}",
                "/api/meetings/{id}/publish", "/api/meetings/{id}/deadline", "/api/reports/{id}/transitions", "/api/reports/{id}/appendices",
                "/api/appendices/{id}/content", "/api/search", "/api/feeds/calendar.ics", "/api/feeds/bodies/{id}/calendar.ics",
                "/api/feeds/documents.rss", "/api/oparl/v1.1/system", "/api/oparl/v1.1/body/{id}/meetings");
    }

    @Test
    void publicationDeadlineFollowsTheStatutoryExample() {
        JsonObject deadline = Api.anonymous(base).get("api/calendar/publication-deadline?meeting=2024-12-10").json();
        assertThat(deadline.getString("meeting")).isEqualTo("2024-12-10");
        assertThat(deadline.getInt("clearDays")).isEqualTo(5);
        assertThat(deadline.getString("publishBy")).isEqualTo("2024-12-02");

        assertThat(Api.anonymous(base).get("api/calendar/publication-deadline?meeting=2025-01-02").json().getString("publishBy"))
                .as("over Christmas, Boxing Day and New Year").isEqualTo("2024-12-20");
        assertThat(Api.anonymous(base).get("api/calendar/publication-deadline?meeting=2025-04-23&clearDays=5").json().getString("publishBy"))
                .as("over Easter 2025").isEqualTo("2025-04-11");
        assertThat(Api.anonymous(base).get("api/calendar/publication-deadline?meeting=2024-12-10&clearDays=3").json().getString("publishBy"))
                .isEqualTo("2024-12-04");
    }

    @Test
    void bankHolidaysAreShippedAndEditableByAdministrators() {
        assertThat(Api.anonymous(base).get("api/calendar/bank-holidays?year=2025").array()).hasSize(8);
        Api admin = Api.as(base, "admin");
        Api.Reply added = admin.post("api/calendar/bank-holidays", "{\"date\":\"2030-01-01\",\"name\":\"New Year's Day\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(admin.post("api/calendar/bank-holidays", "{\"date\":\"2030-01-01\",\"name\":\"Twice\"}").errorFields()).containsExactly("date");
        long id = added.json().getJsonNumber("id").longValue();
        assertThat(Api.anonymous(base).get("api/calendar/bank-holidays?year=2030").array()).hasSize(1);
        assertThat(admin.delete("api/calendar/bank-holidays/" + id).status()).isEqualTo(204);
        assertThat(Api.anonymous(base).get("api/calendar/bank-holidays?year=2030").array()).isEmpty();
    }

    @Test
    void dataSurvivesAServerRestartAndDemoDataIsNotDuplicated() throws Exception {
        Api democratic = Api.as(base, "democratic");
        long people = democratic.get("api/people?limit=1").json().getJsonNumber("total").longValue();
        String name = "Restart Survivor " + Api.unique();
        democratic.post("api/organisations", "{\"name\":\"" + name + "\"}");

        ModelNode reload = Operations.createOperation("reload");
        management.getControllerClient().execute(reload);
        awaitRunning();

        Api.Reply survivors = democratic.get("api/organisations?q=" + name.replace(" ", "%20"));
        assertThat(survivors.status()).isEqualTo(200);
        assertThat(survivors.json().getInt("total")).isEqualTo(1);
        assertThat(democratic.get("api/people?limit=1").json().getJsonNumber("total").longValue())
                .as("demo data loaded again at start-up adds nobody twice").isEqualTo(people);
    }

    private void awaitRunning() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        Thread.sleep(1000);
        while (Instant.now().isBefore(deadline)) {
            try {
                ModelNode state = management.getControllerClient().execute(Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "server-state"));
                if (Operations.isSuccessfulOutcome(state) && "running".equals(Operations.readResult(state).asString())
                        && managementPort().get("health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException | java.io.IOException notYet) {
                // the server is still reloading
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The server did not come back within three minutes");
    }
}

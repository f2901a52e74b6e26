package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every change of an audited record is logged with who, when, field, old and new value. */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void changesAreLoggedWithWhoOldAndNew() {
        Api democratic = Api.as(base, "democratic");
        JsonObject person = democratic.post("api/people", "{\"name\":\"Audit Subject\",\"jobTitle\":\"Officer\"}").json();
        long id = person.getJsonNumber("id").longValue();
        democratic.put("api/people/" + id, "{\"name\":\"Audit Subject\",\"jobTitle\":\"Senior Officer\",\"version\":0}");

        List<JsonObject> entries = democratic.get("api/audit?entity=Person&id=" + id).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);

        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("UPDATED");
            assertThat(e.getString("field")).isEqualTo("jobTitle");
            assertThat(e.getString("oldValue")).isEqualTo("Officer");
            assertThat(e.getString("newValue")).isEqualTo("Senior Officer");
            assertThat(e.getString("username")).isEqualTo("democratic");
            assertThat(e.getString("at")).isNotBlank();
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("CREATED");
            assertThat(e.getString("field")).isEqualTo("name");
            assertThat(e.getString("newValue")).isEqualTo("Audit Subject");
        });
        assertThat(entries.get(0).getString("field")).as("newest first").isEqualTo("jobTitle");
    }

    @Test
    void refusedChangesLeaveNoAuditTrace() {
        Api democratic = Api.as(base, "democratic");
        JsonObject person = democratic.post("api/people", "{\"name\":\"Unchanged Person\"}").json();
        long id = person.getJsonNumber("id").longValue();
        int before = democratic.get("api/audit?entity=Person&id=" + id).json().getInt("total");

        assertThat(democratic.put("api/people/" + id, "{\"name\":\"\",\"version\":0}").status()).isEqualTo(400);

        assertThat(democratic.get("api/audit?entity=Person&id=" + id).json().getInt("total")).isEqualTo(before);
    }

    @Test
    void passwordHashesNeverReachTheLog() {
        Api admin = Api.as(base, "admin");
        String username = "audited." + Api.unique();
        admin.post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Audited\",\"roles\":[\"AUTHOR\"],\"password\":\"another-long-password\"}");
        String log = admin.get("api/audit?entity=UserAccount&limit=500").body();
        assertThat(log).contains(username).doesNotContain("PBKDF2").contains("(hidden)");
    }

    @Test
    void roleChangesAreLoggedOldAndNew() {
        Api admin = Api.as(base, "admin");
        String username = "role.changer." + Api.unique();
        JsonObject user = admin.post("api/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"Role Changer\",\"roles\":[\"AUTHOR\"],\"password\":\"role-changer-password\"}").json();
        long id = user.getJsonNumber("id").longValue();
        admin.put("api/users/" + id, "{\"username\":\"" + username + "\",\"displayName\":\"Role Changer\",\"enabled\":true,"
                + "\"roles\":[\"AUTHOR\",\"MEMBER\"],\"version\":0}");

        assertThat(admin.get("api/audit?entity=UserAccount&id=" + id).json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("field")).isEqualTo("roles");
                    assertThat(e.getString("oldValue")).isEqualTo("[AUTHOR]");
                    assertThat(e.getString("newValue")).isEqualTo("[AUTHOR, MEMBER]");
                    assertThat(e.getString("username")).isEqualTo("admin");
                });
    }
}

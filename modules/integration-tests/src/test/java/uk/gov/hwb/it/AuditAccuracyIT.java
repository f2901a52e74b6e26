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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log records only changes that happened: the same instant written in another offset is no change. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditAccuracyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSameInstantInAnotherOffsetIsNotAChange() {
        Papers p = new Papers(base);
        long body = p.body("Audit accuracy board " + Api.unique());
        long meeting = p.meeting(body, "2027-04-14T17:00:00Z");
        Api.Reply updated = p.democratic().put("api/meetings/" + meeting,
                "{\"bodyId\":" + body + ",\"start\":\"2027-04-14T18:00:00+01:00\",\"venue\":\"Council Chamber\",\"version\":0}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);

        List<JsonObject> updates = p.democratic().get("api/audit?entity=Meeting&id=" + meeting).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("UPDATED")).toList();
        assertThat(updates).extracting(e -> e.getString("field")).containsExactly("venue");
        assertThat(p.democratic().get("api/meetings/" + meeting).json().getInt("version")).as("nothing else changed").isEqualTo(1);
    }
}

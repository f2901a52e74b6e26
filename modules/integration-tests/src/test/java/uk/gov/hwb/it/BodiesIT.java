package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bodies with their terms of reference and memberships, through the API. */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BodiesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private long newBody(Api api, boolean deputiesAllowed) {
        Api.Reply created = api.post("api/bodies", "{\"name\":\"Test Group " + Api.unique() + "\",\"kind\":\"SUB_GROUP\","
                + "\"termsOfReference\":{\"purpose\":\"To test\",\"quorum\":\"3 members\",\"meetingFrequency\":\"Quarterly\","
                + "\"chairTerm\":\"12 months\",\"deputiesAllowed\":" + deputiesAllowed + ",\"reviewDate\":\"2025-12-01\"}}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private long personId(Api api, String name) {
        return api.get("api/people?q=" + name.replace(" ", "%20")).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void bodiesAreListedPubliclyWithTheSeedBodies() {
        assertThat(Api.anonymous(base).get("api/bodies").array().stream().map(b -> b.asJsonObject().getString("name")))
                .contains("Health and Wellbeing Board", "SEND Strategic Partnership Board");
    }

    @Test
    void termsOfReferenceAreKeptAndChangesNeedTheCurrentVersion() {
        Api api = Api.as(base, "democratic");
        long id = newBody(api, false);
        JsonObject body = Api.anonymous(base).get("api/bodies/" + id).json();
        assertThat(body.getJsonObject("termsOfReference").getString("quorum")).isEqualTo("3 members");
        assertThat(body.getJsonObject("termsOfReference").getString("reviewDate")).isEqualTo("2025-12-01");

        String change = "{\"name\":\"" + body.getString("name") + "\",\"kind\":\"SUB_GROUP\",\"termsOfReference\":{\"quorum\":\"4 members\"},\"version\":0}";
        assertThat(api.put("api/bodies/" + id, change).status()).isEqualTo(200);
        assertThat(api.put("api/bodies/" + id, change).status()).as("stale version").isEqualTo(409);
        assertThat(api.get("api/bodies/" + id).json().getJsonObject("termsOfReference").getString("quorum")).isEqualTo("4 members");
    }

    @Test
    void invalidBodiesAreRefusedAndOnlyDemocraticServicesMayChangeThem() {
        assertThat(Api.as(base, "democratic").post("api/bodies", "{\"name\":\"\"}").errorFields()).contains("name", "kind");
        assertThat(Api.as(base, "democratic").post("api/bodies", "{\"name\":\"Orphan " + Api.unique() + "\",\"kind\":\"BOARD\",\"parentId\":987654}")
                .errorFields()).containsExactly("parentId");
        assertThat(Api.as(base, "member").post("api/bodies", "{\"name\":\"By a member\",\"kind\":\"BOARD\"}").status()).isEqualTo(403);
        assertThat(Api.anonymous(base).post("api/bodies", "{\"name\":\"Anonymous\",\"kind\":\"BOARD\"}").status()).isEqualTo(401);
        assertThat(Api.anonymous(base).get("api/bodies/987654").status()).isEqualTo(404);
    }

    @Test
    void membershipsFollowTheTermsOfReference() {
        Api api = Api.as(base, "democratic");
        long body = newBody(api, false);
        long maxine = personId(api, "Maxine Sadza");
        long claire = personId(api, "Claire Shuter");

        Api.Reply chair = api.post("api/bodies/" + body + "/members",
                "{\"personId\":" + maxine + ",\"role\":\"CHAIR\",\"voting\":true,\"from\":\"2024-05-01\"}");
        assertThat(chair.status()).isEqualTo(201);
        assertThat(chair.json().getString("personName")).isEqualTo("Councillor Maxine Sadza");
        assertThat(chair.json().getString("organisationName")).isEqualTo("Southend-on-Sea City Council");

        assertThat(api.post("api/bodies/" + body + "/members",
                "{\"personId\":" + claire + ",\"role\":\"CHAIR\",\"voting\":true,\"from\":\"2024-06-01\"}").errorFields())
                .as("one chair at a time").containsExactly("role");
        assertThat(api.post("api/bodies/" + body + "/members",
                "{\"personId\":" + claire + ",\"role\":\"DEPUTY\",\"deputyForId\":" + chair.json().getJsonNumber("id") + ",\"from\":\"2024-06-01\"}")
                .errorFields()).as("deputies not allowed by these terms").containsExactly("role");
        assertThat(api.post("api/bodies/" + body + "/members", "{\"personId\":987654,\"role\":\"MEMBER\",\"from\":\"2024-06-01\"}")
                .errorFields()).containsExactly("personId");
        assertThat(api.post("api/bodies/" + body + "/members",
                "{\"personId\":" + claire + ",\"role\":\"MEMBER\",\"from\":\"2024-06-01\",\"to\":\"2024-01-01\"}").errorFields())
                .containsExactly("to");

        assertThat(Api.anonymous(base).get("api/bodies/" + body + "/members").array()).hasSize(1);
    }

    @Test
    void deputiesAreAllowedWhereTheTermsSaySo() {
        Api api = Api.as(base, "democratic");
        long body = newBody(api, true);
        long member = api.post("api/bodies/" + body + "/members",
                "{\"personId\":" + personId(api, "Mark Harvey") + ",\"role\":\"MEMBER\",\"voting\":true,\"from\":\"2024-04-01\"}")
                .json().getJsonNumber("id").longValue();
        Api.Reply deputy = api.post("api/bodies/" + body + "/members",
                "{\"personId\":" + personId(api, "Micheal Marks") + ",\"role\":\"DEPUTY\",\"deputyForId\":" + member + ",\"from\":\"2024-04-01\"}");
        assertThat(deputy.status()).isEqualTo(201);
        assertThat(deputy.json().getJsonNumber("deputyForId").longValue()).isEqualTo(member);
    }
}

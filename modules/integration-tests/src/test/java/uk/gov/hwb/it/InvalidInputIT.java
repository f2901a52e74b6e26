package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input anywhere in the API gets an RFC 9457 problem naming the fields, and stores nothing;
 * unknown ids get a 404 problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvalidInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void invalidPersonIsRefusedFieldByFieldAndNothingIsStored() {
        Api api = Api.as(base, "democratic");
        long before = api.get("api/people?limit=1").json().getJsonNumber("total").longValue();

        Api.Reply reply = api.post("api/people", "{\"name\":\"  \",\"email\":\"not-an-email\",\"organisationId\":999999}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().getString("title")).isEqualTo("Invalid input");
        assertThat(reply.json().getInt("status")).isEqualTo(400);
        assertThat(reply.errorFields()).contains("name", "email");
        assertThat(api.get("api/people?limit=1").json().getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void unknownOrganisationReferenceIsAFieldError() {
        Api.Reply reply = Api.as(base, "democratic").post("api/people", "{\"name\":\"Someone New\",\"organisationId\":999999}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("organisationId");
    }

    @Test
    void invalidOrganisationAndBankHolidayAndUserAreRefused() {
        assertThat(Api.as(base, "democratic").post("api/organisations", "{\"name\":\"\"}").errorFields()).containsExactly("name");
        Api admin = Api.as(base, "admin");
        assertThat(admin.post("api/calendar/bank-holidays", "{\"name\":\"No date\"}").errorFields()).containsExactly("date");
        Api.Reply user = admin.post("api/users", "{\"username\":\"Bad Name!\",\"displayName\":\"\",\"password\":\"short\"}");
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.errorFields()).contains("username", "displayName");
        Api.Reply weakPassword = admin.post("api/users", "{\"username\":\"weak.password\",\"displayName\":\"Weak\",\"password\":\"short\"}");
        assertThat(weakPassword.errorFields()).containsExactly("password");
        assertThat(admin.get("api/users").array().stream().map(u -> u.asJsonObject().getString("username")))
                .doesNotContain("weak.password");
    }

    @Test
    void malformedDatesAndNumbersNameTheParameter() {
        Api.Reply badDate = Api.anonymous(base).get("api/calendar/publication-deadline?meeting=2024-13-45");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.isProblem()).isTrue();
        assertThat(badDate.errorFields()).containsExactly("meeting");

        assertThat(Api.anonymous(base).get("api/calendar/publication-deadline").errorFields()).containsExactly("meeting");
        assertThat(Api.anonymous(base).get("api/calendar/bank-holidays?year=twenty").errorFields()).containsExactly("year");
        assertThat(Api.as(base, "democratic").get("api/people?limit=0").errorFields()).containsExactly("limit");

        Api.Reply badJsonDate = Api.as(base, "admin").post("api/calendar/bank-holidays", "{\"date\":\"2025-02-30\",\"name\":\"Nope\"}");
        assertThat(badJsonDate.status()).isEqualTo(400);
        assertThat(badJsonDate.isProblem()).isTrue();
    }

    @Test
    void brokenJsonIsA400Problem() {
        Api.Reply reply = Api.as(base, "democratic").post("api/people", "{\"name\":");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.errorFields()).isNotEmpty();
    }

    @Test
    void unknownIdsAre404Problems() {
        Api api = Api.as(base, "admin");
        for (String path : new String[] {"api/people/987654321", "api/organisations/987654321", "api/people/not-a-number",
                "api/no-such-resource"}) {
            Api.Reply reply = api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.isProblem()).as(path).isTrue();
        }
        Api.Reply put = api.put("api/people/987654321", "{\"name\":\"Nobody\",\"version\":0}");
        assertThat(put.status()).isEqualTo(404);
        assertThat(put.isProblem()).isTrue();
    }

    @Test
    void staleVersionIs409AndKeepsTheStoredValue() {
        Api api = Api.as(base, "democratic");
        String name = "Conflict Test Trust " + Api.unique();
        var created = api.post("api/organisations", "{\"name\":\"" + name + "\"}").json();
        long id = created.getJsonNumber("id").longValue();
        assertThat(api.put("api/organisations/" + id, "{\"name\":\"" + name + " (renamed)\",\"version\":0}").status()).isEqualTo(200);

        Api.Reply stale = api.put("api/organisations/" + id, "{\"name\":\"Lost update\",\"version\":0}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("detail")).contains("changed by someone else");
        assertThat(api.get("api/organisations/" + id).json().getString("name")).isEqualTo(name + " (renamed)");
    }
}
